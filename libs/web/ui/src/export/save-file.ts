/**
 * Hands a downloaded file to the browser as a download: an object URL clicked through a
 * temporary `<a download>`, then released.
 */
export function saveFile(blob: Blob, filename: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Chromium reads the blob asynchronously after the click; release it a moment later.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
