import type { pdfSignZh } from './pdf-sign-zh';

/** The "Sign" panel of the print preview; mirrors pdf-sign-zh.ts. */
export const pdfSignEn: typeof pdfSignZh = {
  pdfSign: {
    open: 'Sign',
    panelTitle: 'Digital signature',
    signer: 'Signing certificate',
    eport: 'E-Port card (China E-Port IC card / USB key)',
    pin: 'Card PIN (not stored)',
    role: 'Signing as',
    roleNone: '(not stated)',
    roleDeclarant: 'Declarant (申报人)',
    roleReviewer: 'Reviewer (复核人)',
    submit: 'Sign',
    noCertificate: 'No certificate imported yet: import your company certificate (.p12 / .pfx) in Settings › Certificates and digital signatures, or sign with the E-Port card.',
    locked: 'The private keys are locked: type the certificate passphrase to sign.',
    certificateState: {
      valid: 'valid',
      expiring: 'expires in {{days}} days',
      expired: 'expired',
      'not-yet-valid': 'not yet valid',
    },
    signing: 'Signing…',
    verifying: 'Verifying the signature…',
    checking: 'Checking the attached-document limits…',
    cancel: 'Cancel',
    verified: '✓ Signed ({{count}} signature(s)): {{signer}} · {{time}} · signature valid · {{coverage}} · {{chain}}',
    notVerified: '✗ The signature did not verify: {{signer}} · {{time}}',
    coverageWhole: 'covers the whole document',
    coveragePartial: 'does not cover the whole document',
    chainTrusted: 'certificate trusted',
    chainUntrusted: 'certificate chain not in the trusted list (add the CA certificate in Settings)',
    signedLimitsOk: 'The signed file still meets the attached-document limits: {{size}}, largest page {{page}}.',
    signedLimitsBad: 'The signed file does not meet the attached-document limits:',
    partsSigned: 'The {{count}} files, each signed:',
  },
};
