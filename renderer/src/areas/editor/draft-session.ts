import type { CallInput } from '../../../../shared/ipc/contract';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import type { DeclarationDraft } from '../../../../shared/model/declaration';
import type { ClearwayDocument, DocumentBody, DocumentSummary } from '../../../../shared/model/documents';
import { asErrorValue } from '../../app/as-error-value';
import { isTransportFailure } from '../../transport/transport-errors';
import { declarationBody, sameDraft } from './declaration-head';
import { isEditableStatus } from './editable-status';

/**
 * What the session needs to know about one kind of document: how to read its body out of a
 * stored document, wrap it for documents.save, and compare two bodies (after a lost answer).
 */
export interface DocumentCodec<T> {
  kind: DocumentBody['kind'];
  read(doc: ClearwayDocument): T | null;
  body(data: T): DocumentBody;
  same(a: T, b: T): boolean;
}

export const declarationCodec: DocumentCodec<DeclarationDraft> = {
  kind: 'declaration',
  read: (doc) => (doc.body.kind === 'declaration' ? doc.body.data : null),
  body: declarationBody,
  same: sameDraft,
};

export type SaveState = 'saved' | 'saving' | 'unsaved';

export interface SessionSnapshot<T = DeclarationDraft> {
  id: string;
  summary: DocumentSummary;
  data: T;
  saveState: SaveState;
  /** Why the last save failed; cleared by the next successful save. */
  saveError: AppErrorValue | null;
  /** Saved elsewhere meanwhile: saving stops until the draft is reopened. */
  conflict: AppErrorValue | null;
}

export interface DraftBackend {
  save(input: CallInput<'documents.save'>): Promise<DocumentSummary>;
  get(id: string): Promise<ClearwayDocument>;
}

export type UnloadOutcome = 'clean' | 'sent' | 'must-prompt';

export const AUTOSAVE_DELAY_MS = 300;
const TRANSPORT_RETRY_MS = 3000;

/**
 * One open document and its autosave (declarations, packing lists: see DocumentCodec). Edits are saved AUTOSAVE_DELAY_MS after the last
 * one, or at once on request (blur, Ctrl+S, leaving). At most one save is in flight; edits made
 * meanwhile are saved by the next round with the newest body, based on the revision the
 * previous save returned. Nothing typed is dropped: a failed save keeps the text and says why.
 */
export class DocumentSession<T> {
  private draft: T;
  private summary: DocumentSummary;
  private editVersion = 0;
  private savedVersion = 0;
  private inFlightVersion: number | null = null;
  private running: Promise<void> | null = null;
  private timer: number | null = null;
  private saveError: AppErrorValue | null = null;
  private conflict: AppErrorValue | null = null;
  /** A save whose answer never arrived (the host went away): it may or may not have committed. */
  private unconfirmedDraft: T | null = null;
  /** The page is unloading and the last body left with a keepalive request: this session is done. */
  private handedOff = false;

  constructor(
    doc: ClearwayDocument,
    private readonly codec: DocumentCodec<T>,
    private readonly backend: DraftBackend,
    private readonly publish: (snapshot: SessionSnapshot<T>) => void,
  ) {
    const data = codec.read(doc);
    if (data === null) throw new Error(`this session holds ${codec.kind} documents only`);
    this.draft = data;
    this.summary = doc;
  }

  get id(): string {
    return this.summary.id;
  }

  snapshot(): SessionSnapshot<T> {
    return {
      id: this.summary.id,
      summary: this.summary,
      data: this.draft,
      saveState: this.saveState(),
      saveError: this.saveError,
      conflict: this.conflict,
    };
  }

  isEditable(): boolean {
    return isEditableStatus(this.summary.status) && this.summary.deletedAt === null && !this.handedOff;
  }

  hasUnsavedChanges(): boolean {
    return this.editVersion !== this.savedVersion;
  }

  edit(draft: T): void {
    if (!this.isEditable()) return;
    this.draft = draft;
    this.editVersion++;
    this.schedule(AUTOSAVE_DELAY_MS);
    this.notify();
  }

  /** Saves everything typed so far; resolves when that save (and any queued behind it) is done or failed. */
  saveNow(): Promise<void> {
    this.clearTimer();
    return this.pump();
  }

  /**
   * beforeunload/pagehide in the browser: hand the newest body to `send` (a keepalive request).
   * 'must-prompt' when it cannot leave that way (too large, or saves are failing), so the caller
   * lets the browser ask the person whether to leave.
   */
  flushForUnload(send: (input: CallInput<'documents.save'>) => boolean): UnloadOutcome {
    if (!this.hasUnsavedChanges() || this.handedOff) return 'clean';
    // The request in flight already carries the newest body and has reached the host.
    if (this.running && this.inFlightVersion === this.editVersion) return 'clean';
    if (this.conflict || this.saveError) return 'must-prompt';
    // With a save in flight, the keepalive save builds on the revision that save will create.
    const baseRevision = this.summary.revision + (this.running ? 1 : 0);
    if (!send({ id: this.id, baseRevision, body: this.codec.body(this.draft) })) return 'must-prompt';
    this.clearTimer();
    this.handedOff = true;
    this.savedVersion = this.editVersion;
    this.notify();
    return 'sent';
  }

  /** Stops timers; the session object may still finish a save already in flight. */
  dispose(): void {
    this.clearTimer();
  }

  private saveState(): SaveState {
    if (this.running) return 'saving';
    return this.hasUnsavedChanges() ? 'unsaved' : 'saved';
  }

  private pump(): Promise<void> {
    this.running ??= this.saveLoop().finally(() => {
      this.running = null;
      this.inFlightVersion = null;
      this.notify();
    });
    return this.running;
  }

  private async saveLoop(): Promise<void> {
    while (this.hasUnsavedChanges() && !this.conflict && !this.handedOff) {
      const version = this.editVersion;
      const draft = this.draft;
      this.inFlightVersion = version;
      this.notify();
      try {
        this.summary = await this.backend.save({ id: this.id, baseRevision: this.summary.revision, body: this.codec.body(draft) });
        this.savedVersion = version;
        this.saveError = null;
        this.unconfirmedDraft = null;
      } catch (failure) {
        const error = asErrorValue(failure);
        if (error.code === 'CONFLICT' && (await this.adoptUnconfirmedSave())) continue;
        this.recordFailure(error, draft);
        return;
      }
    }
  }

  private recordFailure(error: AppErrorValue, draft: T): void {
    if (error.code === 'CONFLICT') {
      this.conflict = error;
      return;
    }
    this.saveError = error;
    if (isTransportFailure(error)) {
      this.unconfirmedDraft = draft;
      this.schedule(TRANSPORT_RETRY_MS);
    }
  }

  /**
   * A CONFLICT right after a save whose answer was lost is usually that very save, committed
   * before the host went away. If the stored body is what we sent, carry on from its revision.
   */
  private async adoptUnconfirmedSave(): Promise<boolean> {
    const sent = this.unconfirmedDraft;
    this.unconfirmedDraft = null;
    if (!sent) return false;
    try {
      const stored = await this.backend.get(this.id);
      const storedData = this.codec.read(stored);
      if (storedData === null || !this.codec.same(storedData, sent)) return false;
      this.summary = stored;
      return true;
    } catch {
      return false;
    }
  }

  private schedule(delayMs: number): void {
    this.clearTimer();
    this.timer = window.setTimeout(() => {
      this.timer = null;
      void this.pump();
    }, delayMs);
  }

  private clearTimer(): void {
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = null;
  }

  private notify(): void {
    this.publish(this.snapshot());
  }
}

/** The declaration editor's session, as it was before packing lists shared the mechanism. */
export class DraftSession extends DocumentSession<DeclarationDraft> {
  constructor(doc: ClearwayDocument, backend: DraftBackend, publish: (snapshot: SessionSnapshot) => void) {
    super(doc, declarationCodec, backend, publish);
  }
}
