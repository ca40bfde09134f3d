// Puppeteer (pulled in by pa11y-ci) must not download its own Chrome: these machines
// only reach the npm registry. The audit uses Debian's /usr/bin/chromium instead.
module.exports = { skipDownload: true };
