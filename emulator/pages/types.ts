// Types of the emulator's page renderer (dashboard-like pages on manage.auth0.com, Management API reference
// pages on auth0.com). Runs in Node inside the emulator. The shapes are declared once, in emulator/types.ts.
import type { Seed } from '../seed';

export type { Seed };

export type { PageRequest, PageContext, PageResponse as PageResult, PageRenderer } from '../types';
