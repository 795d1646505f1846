chrome.runtime.connect();
