let count = 0;

/** A new number for each PlatformSteps rendered in this build, to name its radio group. */
export function nextGroup(): number {
  count += 1;
  return count;
}
