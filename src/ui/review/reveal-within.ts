// Scrolls only `container` so `element` is visible, leaving the page around it where it is (a
// phone's review screen must not jump away from the field being edited).
export function revealWithin(container: HTMLElement, element: HTMLElement, margin = 24): void {
  const box = container.getBoundingClientRect();
  const target = element.getBoundingClientRect();
  let top = container.scrollTop;
  let left = container.scrollLeft;
  if (target.top < box.top + margin) top -= box.top + margin - target.top;
  else if (target.bottom > box.bottom - margin) top += target.bottom - (box.bottom - margin);
  if (target.left < box.left + margin) left -= box.left + margin - target.left;
  else if (target.right > box.right - margin) left += target.right - (box.right - margin);
  if (top !== container.scrollTop || left !== container.scrollLeft) {
    container.scrollTo({ top, left, behavior: 'smooth' });
  }
}
