import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

// The only file that touches ipcRenderer (lint enforces it). A sandboxed preload can require
// nothing but 'electron'; esbuild bundles the contract into this file.
contextBridge.exposeInMainWorld('clearway', createBridge(ipcRenderer));
