/** `npm start`: builds the extension and says where to load it from (the demo comes with the overlay issue). */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
console.log(`\nSpotter is built. Load it unpacked from ${path.resolve('.output/chrome-mv3')}`);
console.log('(Chrome: chrome://extensions → Developer mode → Load unpacked.)');
