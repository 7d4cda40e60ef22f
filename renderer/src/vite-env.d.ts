// CSS files are imported for their side effect; Vite turns them into <link> stylesheets (no inline styles under the CSP).
declare module '*.css';
// `?url` imports (the pdf.js worker): Vite emits the file as an asset and gives its URL.
declare module '*?url' {
  const url: string;
  export default url;
}
