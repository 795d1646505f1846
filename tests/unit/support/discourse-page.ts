/** Fills the document with a Discourse post stream of `posts` minimal posts ("post 0", "post 1", …). */
export function discoursePage(posts: number): void {
  document.body.innerHTML = `<div class="post-stream">${Array.from(
    { length: posts },
    (_, index) => `<div class="topic-post" data-post-number="${index + 1}"><article data-post-id="${index + 1}" data-topic-id="1">
      <div class="post__contents"><div class="cooked"><p>post ${index}</p></div></div></article></div>`,
  ).join('')}</div>`;
}
