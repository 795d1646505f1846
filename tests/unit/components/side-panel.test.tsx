// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidePanel, type SidePanelProps } from '@/components/SidePanel';
import { assess } from '@/lib/analysis';

let container: HTMLElement | undefined;

function mount(text: string, overrides: Partial<SidePanelProps> = {}) {
  container = document.createElement('div');
  document.body.append(container);
  const props: SidePanelProps = {
    assessment: assess(text),
    author: 'platebender',
    theme: 'light',
    replyFormat: 'bbcode',
    onClose: vi.fn(),
    onCheckOwnBack: vi.fn(),
    onHideThread: vi.fn(),
    onDisableSite: vi.fn(),
    ...overrides,
  };
  render(<SidePanel {...props} />, container);
  return { root: container, props };
}

/** Where each part sits in the panel, by document order. */
function order(root: HTMLElement): string[] {
  return [...root.querySelectorAll('[data-triage], .sp-read, [data-cause-id]')].map((element) =>
    element.hasAttribute('data-triage') ? 'triage' : element.classList.contains('sp-read') ? 'read' : 'cause',
  );
}

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
});

describe('SidePanel', () => {
  it('with no warning signs: what Spotter read, the causes, then when to get help', () => {
    const { root } = mount('My mid back cramps between my shoulder blades on heavy bench top sets, only the last rep.');
    const parts = order(root);
    expect(parts[0]).toBe('read');
    expect(parts.at(-1)).toBe('triage');
    expect(root.querySelector('[data-triage]')?.getAttribute('data-triage')).toBe('self_care');
    expect(root.querySelector('[data-cause-id]')?.getAttribute('data-cause-id')).toBe('shortened_position_cramp');
  });

  it('with an emergency red flag: the banner comes before everything else', () => {
    const { root } = mount('Lower back pain after deadlifts and now numbness around my groin and I cannot pee properly.');
    expect(order(root)[0]).toBe('triage');
    expect(root.querySelector('[data-triage]')?.getAttribute('data-triage')).toBe('emergency');
  });

  it('shows the words it matched, as text', () => {
    const { root } = mount('My lower back pumps up and cramps two miles into every run.');
    const read = root.querySelector('.sp-read')?.textContent ?? '';
    expect(read).toContain('lower back');
    expect(read).toMatch(/run/);
  });

  it('closes on Escape and offers the reader actions', () => {
    const { root, props } = mount('My lower back cramps when I stretch my hamstrings.');
    root.querySelector('aside')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(props.onClose).toHaveBeenCalledTimes(1);
    const buttons = [...root.querySelectorAll('button')].map((button) => button.textContent);
    expect(buttons).toEqual(
      expect.arrayContaining([
        'Copy a reply',
        'Copy as text',
        'Check my own back like this',
        'Hide for this thread',
        'Turn off on this site',
      ]),
    );
    [...root.querySelectorAll('button')].find((button) => button.textContent === 'Hide for this thread')?.click();
    expect(props.onHideThread).toHaveBeenCalledTimes(1);
  });

  it("offers the reply in the forum's markup by default, with a control to change it", () => {
    const { root } = mount('My lower back cramps when I stretch my hamstrings.');
    const select = root.querySelector<HTMLSelectElement>('select[data-reply-format]')!;
    expect(select.value).toBe('bbcode');
    expect([...select.options].map((option) => option.value)).toEqual(['markdown', 'bbcode', 'plain']);
  });

  it('follows the theme it is given', () => {
    const { root } = mount('My upper back is sore after squats.', { theme: 'dark' });
    expect(root.querySelector('aside')?.getAttribute('data-theme')).toBe('dark');
  });
});
