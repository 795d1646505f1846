import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';

/**
 * A Preact mount point for the tests of one file: a fresh `<div>` in the document before each test,
 * unmounted and removed after it, so no component outlives its test.
 */
export function useMountPoint(): { readonly root: HTMLDivElement; show(vnode: ComponentChild): HTMLDivElement } {
  let root: HTMLDivElement | undefined;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    if (!root) return;
    render(null, root);
    root.remove();
  });
  const mount = {
    get root(): HTMLDivElement {
      if (!root) throw new Error('useMountPoint: the mount point exists only while a test runs');
      return root;
    },
    show(vnode: ComponentChild): HTMLDivElement {
      act(() => render(vnode, mount.root));
      return mount.root;
    },
  };
  return mount;
}
