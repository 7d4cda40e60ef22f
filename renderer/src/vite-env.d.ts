// CSS files are imported for their side effect; Vite turns them into <link> stylesheets (no inline styles under the CSP).
declare module '*.css';
