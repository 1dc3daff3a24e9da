/**
 * Code only some people need is cached the first time they use it, not saved for everyone (see
 * keepCertificateMakerOffline, warmQrReader): names carry a content hash, so a cached copy is never stale. The build
 * checks each pattern names exactly one file; the service worker caches what they name on first use.
 */
export const ON_DEMAND = {
  'the certificate maker (pdf-lib with fontkit, about 1.1 MB)': /^pdf\.[\w-]+\.js$/,
  'the full font the certificate maker embeds (130 KB)': /^BeVietnamPro_400Regular\.[\w-]+\.ttf$/,
  "the QR decoder of the trainer's pages (130 KB)": /^jsQR\.[\w-]+\.js$/,
  // The slides page's own script (5 KB) is saved with each course rather than here: offline, a slides page opened
  // for the first time can then say why the slides need a signal, instead of staying blank.
  'reveal.js, which shows the slides (120 KB)': /^slide-show\.[\w-]+\.js$/,
  "reveal.js's stylesheet (54 KB)": /^slide-show\.[\w-]+\.css$/,
  "the presenter's window (2 KB)": /^presenter\.[\w-]+\.js$/,
  "the Open Badge signer and checker (jose, 23 KB) of the trainer's confirm page and the learner's badge export": /^badge-jwt\.[\w-]+\.js$/,
};

/** Whether a built file (its name, without folders) is code cached on first use. */
export function isOnDemand(fileName: string): boolean {
  return Object.values(ON_DEMAND).some((pattern) => pattern.test(fileName));
}
