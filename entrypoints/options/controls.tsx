import type { ComponentChildren } from 'preact';

/** A labelled on/off switch (a checkbox with the switch role, so screen readers say "on" / "off"). */
export function Switch(props: {
  id: string;
  checked: boolean;
  onChange(checked: boolean): void;
  children: ComponentChildren;
  describedBy?: string;
}) {
  return (
    <div class="switch">
      <input
        type="checkbox"
        role="switch"
        id={props.id}
        checked={props.checked}
        aria-checked={props.checked}
        aria-describedby={props.describedBy}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label for={props.id}>{props.children}</label>
    </div>
  );
}

/** Radio buttons with a heading as the legend and one plain sentence under each choice. */
export function ChoiceGroup<T extends string>(props: {
  name: string;
  legend: string;
  intro?: string;
  choices: readonly T[];
  text: Readonly<Record<T, { label: string; description: string }>>;
  value: T;
  onChange(value: T): void;
}) {
  return (
    <fieldset class="choices" data-spotter-choice={props.name}>
      <legend>
        <h2>{props.legend}</h2>
      </legend>
      {props.intro && <p class="intro">{props.intro}</p>}
      {props.choices.map((choice) => {
        const id = `${props.name}-${choice}`;
        return (
          <div class="choice" key={choice}>
            <input
              type="radio"
              id={id}
              name={props.name}
              value={choice}
              checked={props.value === choice}
              aria-describedby={`${id}-description`}
              onChange={() => props.onChange(choice)}
            />
            <label for={id}>{props.text[choice].label}</label>
            <p id={`${id}-description`} class="choice-description">
              {props.text[choice].description}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
