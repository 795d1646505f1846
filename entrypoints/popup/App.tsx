export function App() {
  return (
    <main data-spotter-popup>
      <h1>Spotter</h1>
      <p>Spotter marks forum posts about back cramps, pumps and pain, and explains what often causes them.</p>
      <p>Everything runs in your browser; nothing is sent anywhere.</p>
    </main>
  );
}
