import '@/components/tokens.css';
import '@/components/styles.css';
import './style.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SiteToggle } from '@/components/SiteToggle';
import { useActiveTabHost } from '@/components/active-tab';
import { TextCheck } from '@/components/TextCheck';
import { ThreadPosts } from '@/components/ThreadPosts';
import { useThreadPosts } from '@/components/use-thread-posts';
import { readTextHash } from '@/lib/questionnaire/text-hash';
import { App, type Engine } from './App';
import { clearLastResult, loadLastResult, saveLastResult } from './last-result';

const root = document.getElementById('app');
if (!root) throw new Error('popup.html has no #app element');

// `popup.html?view=tab` is the same questionnaire opened in a full tab for more room.
const view = new URLSearchParams(location.search).get('view') === 'tab' ? 'tab' : 'popup';
if (view === 'tab') document.title = 'Spotter: check your own back';

// The catalog and the engine are most of the code: they load in their own chunk after the first render.
const loadEngine = (): Promise<Engine> => import('./engine');

function openInTab(): void {
  void browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?view=tab${location.hash}` });
  window.close();
}

/** Whether Spotter is on for the forum under the popup, with a one-click switch. */
function ActiveSiteToggle() {
  const tab = useActiveTabHost();
  return tab.loaded ? <SiteToggle host={tab.host} /> : null;
}

/** The posts Spotter marked on the forum page under the popup. */
function ActiveThreadPosts() {
  const { posts, unread, show } = useThreadPosts();
  return <ThreadPosts posts={posts} unread={unread} onChoose={show} />;
}

// `#text=`: results for text chosen with the context menu's "Check this text with Spotter".
const checkedText = readTextHash(location.hash);
if (checkedText !== null) document.title = 'Spotter: check a text';

render(
  checkedText !== null ? (
    <div class="spotter sp-app" data-view={view}>
      <header class="sp-header">
        <h1>Spotter</h1>
      </header>
      <main>
        <TextCheck text={checkedText} loadEngine={loadEngine} />
      </main>
    </div>
  ) : (
    <App
      view={view}
      hash={location.hash}
      store={{ load: loadLastResult, save: saveLastResult, clear: clearLastResult }}
      loadEngine={loadEngine}
      {...(view === 'popup' ? { openInTab, headerSlot: <ActiveSiteToggle />, threadSlot: <ActiveThreadPosts /> } : {})}
    />
  ),
  root,
);
