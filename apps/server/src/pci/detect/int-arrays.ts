/** The same Int32Array with twice the room: scratch lists grow, and are not reallocated per scan. */
export function doubled(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
