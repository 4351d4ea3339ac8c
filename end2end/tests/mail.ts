import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { dataDir } from './server';

/** The .eml files the app under test wrote (mail's file backend), when it was started here. */
function outbox(): string {
  return path.join(dataDir(), 'outbox');
}

/** A quoted-printable body as text: soft line breaks joined, =XX bytes decoded as UTF-8. */
function decodeQuotedPrintable(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The mails sent to `address` so far, oldest first, decoded. */
function mailsTo(address: string): string[] {
  const dir = outbox();
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.eml'))
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))
    .filter((raw) => raw.includes(`To: ${address}`))
    .map(decodeBody);
}

/**
 * A message with its body decoded: quoted-printable, or base64 (which the mailer picks for
 * text that is mostly outside ASCII, such as Arabic), part by part.
 */
function decodeBody(raw: string): string {
  if (!/Content-Transfer-Encoding: base64/i.test(raw)) return decodeQuotedPrintable(raw);
  return raw.replace(
    /(Content-Transfer-Encoding: base64\r?\n(?:[^\r\n]+\r?\n)*\r?\n)([A-Za-z0-9+/=\r\n]+)/gi,
    (_, head: string, body: string) => head + Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8'),
  );
}

/** How many mails `address` has had so far. */
export function mailCount(address: string): number {
  return mailsTo(address).length;
}

/** Waits for the n-th mail (from 1) to `address` and returns the path of its first link to `marker`. */
export async function linkInMail(address: string, n: number, marker: string): Promise<string> {
  let found = '';
  await expect
    .poll(() => {
      const mail = mailsTo(address)[n - 1] ?? '';
      const match = mail.match(new RegExp(`https?://[^/\\s]+(${marker}[0-9a-f]{64})`));
      found = match?.[1] ?? '';
      return found;
    }, { timeout: 10_000, message: `mail ${n} to ${address} with a ${marker} link` })
    .not.toBe('');
  return found;
}

/**
 * Confirms the n-th mail's response as its respondent does: opens the verification link (a
 * page with a button; opening alone confirms nothing) and presses the button.
 */
export async function confirmByMail(page: Page, address: string, n = 1): Promise<void> {
  await page.goto(await linkInMail(address, n, '/verify/'));
  await expect(page.locator('[data-verify-outcome]')).toHaveAttribute('data-verify-outcome', 'unconfirmed');
  await page.getByRole('button', { name: 'Bekræft høringssvaret' }).click();
  await expect(page.locator('[data-verify-outcome]')).not.toHaveAttribute('data-verify-outcome', 'unconfirmed');
}
