chrome.runtime.connect({ name: 'warm' });
