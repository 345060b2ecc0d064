/**
 * The readers behind "answers in their own words": a correction at the
 * summary, the best time to call inside a longer message, a phone and an
 * e-mail in one answer, a name beside a language remark. Each in the four
 * languages, with the near misses that must stay what they are.
 */
import { describe, expect, it } from 'vitest';
import { besidesLanguageRemark } from '../../src/conversation/asked-back.js';
import { readCorrection } from '../../src/conversation/corrections.js';
import { momentsIn } from '../../src/conversation/moments.js';
import { phoneAndEmail } from '../../src/conversation/questions.js';

const SENTINEL_SUMMARY = ['sentinelName', 'danger', 'firstName', 'lastName', 'phone', 'email', 'postalCode', 'sector', 'moments'];
const HELP_SUMMARY = ['danger', 'firstName', 'contactMethod', 'phone', 'postalCode', 'activityStatus', 'sector', 'moments'];

describe('readCorrection', () => {
  it.each([
    ["non le nom c'est faux, c'est Benali", SENTINEL_SUMMARY, 'lastName', 'Benali'],
    ['le prenom cest pas bon c est Karim', SENTINEL_SUMMARY, 'firstName', 'Karim'],
    ['het telefoonnummer klopt niet, het is 0470 12 34 56', HELP_SUMMARY, 'phone', '0470 12 34 56'],
    ['de achternaam is fout: Peeters', SENTINEL_SUMMARY, 'lastName', 'Peeters'],
    ['Die PLZ ist falsch: 4700', HELP_SUMMARY, 'postalCode', '4700'],
    ['der Vorname stimmt net, sollte sein Jonas', SENTINEL_SUMMARY, 'firstName', 'Jonas'],
    ["wrong email, it's ana@example.com", SENTINEL_SUMMARY, 'email', 'ana@example.com'],
    ['the surname is wrong, should be Martins', SENTINEL_SUMMARY, 'lastName', 'Martins'],
  ])('%j corrects %s', (text, ids, id, value) => {
    const read = readCorrection(text, ids);
    expect(read).toMatchObject({ id, value, cued: true });
  });

  it('a help request has no surname: "le nom" is the first name there', () => {
    expect(readCorrection("le nom c'est faux, c'est Nadia", HELP_SUMMARY)).toMatchObject({ id: 'firstName', value: 'Nadia' });
  });

  it('naming an answer without a value asks that question; a value without a marker is the whole message', () => {
    expect(readCorrection('het nummer klopt niet', HELP_SUMMARY)).toMatchObject({ id: 'phone', value: undefined, cued: true });
    expect(readCorrection('de postcode moet 9050 zijn', HELP_SUMMARY)).toMatchObject({
      id: 'postalCode',
      cued: true,
      whole: 'de postcode moet 9050 zijn',
    });
  });

  it('an agreement, or an answer named as right, is no correction', () => {
    expect(readCorrection("oui c'est bon", SENTINEL_SUMMARY)).toBeUndefined();
    expect(readCorrection('ja hoor, versturen', HELP_SUMMARY)).toBeUndefined();
    expect(readCorrection('le nom est bon, envoyez', SENTINEL_SUMMARY)?.cued).toBe(false);
    expect(readCorrection('yes send it', SENTINEL_SUMMARY)).toBeUndefined();
  });

  it('an answer the summary does not hold is not named', () => {
    expect(readCorrection("l'e-mail est faux", HELP_SUMMARY)).toBeUndefined();
  });
});

describe('momentsIn', () => {
  it.each([
    ['Je suis épuisée, appelez-moi plutôt le matin.', 'appelez-moi plutôt le matin'],
    ['jsuis dispo lundi aprem', 'jsuis dispo lundi aprem'],
    ["Mijn zaak loopt slecht. Bel me liefst 's avonds na 19u", "Bel me liefst 's avonds na 19u"],
    ['ge kunt me best bereiken in de voormiddag', 'ge kunt me best bereiken in de voormiddag'],
    ['Der Laden läuft nicht. Am besten vormittags erreichbar', 'Am besten vormittags erreichbar'],
    ['rufen Sie mich bitte nach 17 Uhr an', 'rufen Sie mich bitte nach 17 Uhr an'],
    ['shop is dying. best to ring me in the afternoon', 'best to ring me in the afternoon'],
    ["I'm available weekdays after 6pm", "I'm available weekdays after 6pm"],
  ])('%j gives %j', (text, clause) => {
    expect(momentsIn(text)).toBe(clause);
  });

  it.each([
    "le soir je n'arrive pas à dormir, je suis dispo pour rien",
    'je travaille le matin au marché',
    "'s avonds zit ik alleen in de winkel",
    'ich kann nachts nicht schlafen und morgens komme ich nicht hoch',
    'every morning I dread opening the shop',
    'appelez-moi vite',
  ])('%j names no time to call', (text) => {
    expect(momentsIn(text)).toBeUndefined();
  });
});

describe('phoneAndEmail', () => {
  it.each([
    ['0470 11 22 33 et marc@example.be', '+32470112233', 'marc@example.be'],
    ['mail: an.peeters@example.be, gsm +32 471 23 45 67', '+32471234567', 'an.peeters@example.be'],
    ['Handy 0472/12.34.56 oder jonas@example.de', '+32472123456', 'jonas@example.de'],
    ['sam@example.com or 0475 99 88 77', '+32475998877', 'sam@example.com'],
  ])('%j has both', (text, phone, email) => {
    expect(phoneAndEmail(text)).toEqual({ phone, email });
  });

  it('one of them only, two addresses, or an unreadable number: not both', () => {
    expect(phoneAndEmail('marc@example.be')).toBeUndefined();
    expect(phoneAndEmail('a@example.be ou b@example.be et 0470 11 22 33')).toBeUndefined();
    expect(phoneAndEmail('marc@example.be et 0470 11')).toBeUndefined();
  });
});

describe('besidesLanguageRemark', () => {
  it.each([
    ['Pieter, maar ik spreek eigenlijk liever Nederlands', 'Pieter'],
    ['Marc. Je préfère parler en français', 'Marc'],
    ['Anna, ich spreche lieber Deutsch bitte', 'Anna'],
    ["John but I'd rather write in English", 'John'],
    ['ik spreek liever Nederlands', ''],
  ])('%j leaves %j', (text, rest) => {
    expect(besidesLanguageRemark(text)).toBe(rest);
  });
});
