import { DEFAULT_FORUM_HOSTS } from '@/lib/forum-hosts';

export function App() {
  return (
    <main>
      <h1>Spotter settings</h1>
      <h2>Forums Spotter reads</h2>
      <ul data-spotter-sites>
        {DEFAULT_FORUM_HOSTS.map((host) => (
          <li key={host}>{host}</li>
        ))}
      </ul>
    </main>
  );
}
