import { render } from 'preact';

function Popup() {
  return (
    <main style={{ font: '14px system-ui', padding: '12px', width: '280px' }}>
      <h1 style={{ fontSize: '16px', margin: '0 0 8px' }}>PostPause</h1>
      <p>A calm second look before you post. Everything is checked on this device; nothing is sent anywhere.</p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
