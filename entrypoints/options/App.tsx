import { useEffect } from 'preact/hooks';
import { useSettings } from '@/components/use-settings';
import { DEFAULT_FORUM_HOSTS } from '@/lib/settings/forum-hosts';
import { SENSITIVITY_LEVELS, THEMES, isSiteEnabled, withSiteEnabled, type Theme } from '@/lib/settings/storage';
import { AddedForums } from './AddedForums';
import { ChoiceGroup, Switch } from './controls';
import { SENSITIVITY_TEXT, THEME_TEXT } from './labels';
import { ResetData } from './ResetData';

/** The options page follows the chosen theme too; "match the forum" has no forum here, so it follows the system. */
function useDocumentTheme(theme: Theme | undefined): void {
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    else delete root.dataset.theme;
  }, [theme]);
}

export function App() {
  const { settings, update } = useSettings();
  useDocumentTheme(settings?.theme);

  if (!settings) {
    return (
      <main class="options" aria-busy="true">
        <h1>Spotter settings</h1>
      </main>
    );
  }

  return (
    <main class="options" data-spotter-options>
      <h1>Spotter settings</h1>
      <p class="intro">
        Spotter reads forum pages in your browser and sends nothing anywhere. These settings stay in this browser.
      </p>

      <section aria-labelledby="forums-heading">
        <h2 id="forums-heading">Forums Spotter reads</h2>
        <p class="intro">Switch a forum off and Spotter leaves its pages alone, including ones already open.</p>
        <ul class="site-list" data-spotter-sites>
          {DEFAULT_FORUM_HOSTS.map((host) => (
            <li key={host} data-spotter-site={host}>
              <Switch
                id={`site-${host}`}
                checked={isSiteEnabled(settings, host)}
                onChange={(on) => void update((current) => withSiteEnabled(current, host, on))}
              >
                {host}
              </Switch>
            </li>
          ))}
        </ul>
      </section>

      <AddedForums settings={settings} update={update} />

      <section>
        <ChoiceGroup
          name="sensitivity"
          legend="How sure Spotter must be"
          intro="Before it marks a post as being about back cramps, pumps or pain."
          choices={SENSITIVITY_LEVELS}
          text={SENSITIVITY_TEXT}
          value={settings.sensitivity}
          onChange={(sensitivity) => void update((current) => ({ ...current, sensitivity }))}
        />
      </section>

      <section aria-labelledby="toolbar-heading">
        <h2 id="toolbar-heading">Toolbar icon</h2>
        <Switch
          id="show-badge-count"
          checked={settings.showBadgeCount}
          onChange={(showBadgeCount) => void update((current) => ({ ...current, showBadgeCount }))}
        >
          Show how many posts Spotter marked on the page
        </Switch>
      </section>

      <section>
        <ChoiceGroup
          name="theme"
          legend="Side panel colours"
          choices={THEMES}
          text={THEME_TEXT}
          value={settings.theme}
          onChange={(theme) => void update((current) => ({ ...current, theme }))}
        />
      </section>

      <ResetData />
    </main>
  );
}
