/** A file name for something the learner or trainer saves: `hoc-so-<label>-<date>.<ext>`, plain ASCII. */
export function fileName(label: string, now: Date, ext = 'json'): string {
  const safe = label.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
  return `hoc-so-${safe || 'sao-luu'}-${now.toISOString().slice(0, 10)}.${ext}`;
}

/** Hands the file to the phone's share sheet (Zalo, Bluetooth) where there is one; false where there is not. */
export async function share(file: File): Promise<boolean> {
  if (!navigator.canShare?.({ files: [file] })) return false;
  try {
    await navigator.share({ files: [file], title: file.name });
  } catch (error) {
    if ((error as { name?: string }).name !== 'AbortError') return false;
  }
  return true;
}

/** Saves the file to the device's downloads. */
export function download(file: File) {
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Shares the file where the phone can, and saves it otherwise. */
export async function shareOrDownload(file: File): Promise<void> {
  if (!(await share(file))) download(file);
}
