import { z } from 'zod';
import { articleLanguageSchema, uiLanguageSchema } from './language';

export const houseStyleSchema = z.object({
  defaultLanguage: articleLanguageSchema.default('ar'),
  /** `mashriq`: يناير … ديسمبر (the fixture's own date line); `maghreb`: يناير … دجنبر. */
  monthNames: z.enum(['mashriq', 'maghreb']).default('mashriq'),
  digits: z.enum(['western', 'eastern']).default('western'),
  quotationMarks: z.enum(['curly', 'guillemets']).default('curly'),
  timeZone: z.string().min(1).max(100).default('Africa/Casablanca'),
  /** The headline counter turns to a warning past this many characters. */
  headlineMaxLength: z.number().int().min(10).max(1_000).default(110),
  /** In Arabic blocks, `,` `;` `?` typed from the Latin keys become ، ؛ ؟. */
  arabicPunctuation: z.boolean().default(true),
});
export type HouseStyle = z.infer<typeof houseStyleSchema>;

/**
 * One schema for every host: electron-store in the app, `conf` in the web host,
 * the CLI and tests. Every field has a default so an empty file is a valid one.
 */
export const settingsSchema = z.object({
  uiLanguage: uiLanguageSchema.default('ar'),
  userName: z.string().max(200).default(''),
  byline: z.string().max(200).default(''),
  role: z.enum(['journalist', 'editor']).default('journalist'),
  theme: z.enum(['light', 'dark', 'system']).default('system'),
  houseStyle: houseStyleSchema.default(houseStyleSchema.parse({})),
  /** The editor's text zoom (Ctrl +/-/0), kept per user across sessions. */
  editorZoom: z.number().min(0.5).max(3).default(1),
  /** Proofreading rule switches by rule id (see shared/proofreading/rules); a rule not listed is on. */
  proofreadingRules: z.record(z.string().max(64), z.boolean()).default({}),
  /** Proofreading as you type in the editor (the CLI and submission checks run regardless). */
  proofreading: z.boolean().default(true),
  /** A shared or synced folder (network share, Dropbox, USB stick) where stories travel as `.midad` packages; empty: none. */
  deskFolder: z.string().max(4_096).default(''),
  /**
   * Screen reader support: the editor keeps the whole article rendered, so
   * assistive technology can read all of it; otherwise blocks far from the
   * screen are skipped (faster typing in very long articles).
   */
  screenReader: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});

/** Dotted keys the CLI and the settings form may set, e.g. `houseStyle.monthNames`. */
export const settingKeys = [
  'uiLanguage',
  'userName',
  'byline',
  'role',
  'theme',
  'houseStyle.defaultLanguage',
  'houseStyle.monthNames',
  'houseStyle.digits',
  'houseStyle.quotationMarks',
  'houseStyle.timeZone',
  'houseStyle.headlineMaxLength',
  'houseStyle.arabicPunctuation',
  'editorZoom',
  'proofreadingRules',
  'proofreading',
  'deskFolder',
  'screenReader',
] as const;
export const settingKeySchema = z.enum(settingKeys);
export type SettingKey = z.infer<typeof settingKeySchema>;

/** Shown once after a settings file had to be reset. */
export const settingsNoticeSchema = z.object({
  kind: z.literal('settings_reset'),
  backupPath: z.string().max(4_096),
  at: z.iso.datetime({ offset: true }),
});
export type SettingsNotice = z.infer<typeof settingsNoticeSchema>;
