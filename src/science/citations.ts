/**
 * The papers the experiments cite, as the facts file (/shared/science/oih-facts.md) and
 * src/content/references.ts give them. A DOI is only linked when one of them gives it; where neither does it is
 * null and the note says why, naming a DOI a later check found (test/science/experiments.test.ts compares every
 * DOI with references.ts, so a DOI becomes a link once references.ts carries it).
 */
import type { Citation } from './experiment';

export const CELERIER_2000: Citation = {
  authors: 'Célèrier E, Rivat C, Jun Y, Laulin JP, Larcher A, Reynier P, Simonnet G',
  year: 2000,
  journal: 'Anesthesiology 92(2):465–72',
  doi: null,
  note: 'PMID 10691234. DOI 10.1097/00000542-200002000-00029 is confirmed by a bibliographic record (vol 92(2):465) but is not yet in the app’s reference list, so none is linked.',
  referenceId: 'celerier-2000',
};
export const LAULIN_1999: Citation = {
  authors: 'Laulin JP, Célèrier E, Larcher A, Le Moal M, Simonnet G',
  year: 1999,
  journal: 'Neuroscience (volume and pages unconfirmed)',
  doi: '10.1016/S0306-4522(98)00652-6',
  referenceId: 'laulin-1999',
};
export const LAULIN_2002: Citation = {
  authors: 'Laulin JP, Maurette P, Corcuff JB, Rivat C, Chauvin M, Simonnet G',
  year: 2002,
  journal: 'Anesth Analg 94(5):1263–9',
  doi: '10.1097/00000539-200205000-00040',
  referenceId: 'laulin-2002',
};
export const VANDERAH_2001: Citation = {
  authors: 'Vanderah TW, et al.',
  year: 2001,
  journal: 'J Neurosci 21(1):279',
  doi: '10.1523/JNEUROSCI.21-01-00279.2001',
  note: 'PMID 11150345; end page (probably 279–86) unconfirmed.',
  referenceId: 'vanderah-2001',
};
export const KING_2005: Citation = {
  authors:
    'King T, Gardell LR, Wang R, Vardanyan A, Ossipov MH, Malan TP, Vanderah TW, Hunt SP, Hruby VJ, Lai J, Porreca F',
  year: 2005,
  journal: 'probably Pain 116(3):276–88 (journal and pages unconfirmed); PMC1440305',
  doi: null,
  note: 'No DOI confirmed; only the Fig. 1 legend was read.',
};
export const XIE_2005: Citation = {
  authors: 'Xie JY, Herman DS, Stiller CO, Gardell LR, Ossipov MH, Lai J, Porreca F, Vanderah TW',
  year: 2005,
  journal: 'J Neurosci 25(2):409–16 (volume and pages unconfirmed)',
  doi: null,
  note: 'No DOI confirmed.',
  referenceId: 'xie-2005',
};
export const DUNBAR_1996: Citation = {
  authors: 'Dunbar S, Yaksh TL',
  year: 1996,
  journal: 'Anesthesiology 84(5):1177–88',
  doi: null,
  note: 'DOI 10.1097/00000542-199605000-00020 appears in two bibliographic records but is not yet in the app’s reference list, so none is linked.',
  referenceId: 'dunbar-1996',
};
export const VANDERAH_2000: Citation = {
  authors: 'Vanderah TW, et al.',
  year: 2000,
  journal: 'J Neurosci 20(18):7074–9',
  doi: null,
  note: 'PMID 10995854, PMC6772839; no DOI confirmed.',
  referenceId: 'vanderah-2000',
};
export const JOHNSTON_2004: Citation = {
  authors: 'Johnston IN, Milligan ED, …, Maier SF, Watkins LR',
  year: 2004,
  journal: 'J Neurosci 24(33):7353–65',
  doi: '10.1523/JNEUROSCI.1850-04.2004',
  referenceId: 'johnston-2004',
};
export const GRACE_2016: Citation = {
  authors: 'Grace PM, Strand KA, Galer EL, et al.',
  year: 2016,
  journal: 'Proc Natl Acad Sci USA 113(24):E3441–50',
  doi: '10.1073/pnas.1602070113',
  referenceId: 'grace-2016',
};
export const CHU_2012: Citation = {
  authors: 'Chu LF, D’Arcy N, …, Angst MS, Clark JD',
  year: 2012,
  journal: 'Pain 153(8):1583–92',
  doi: '10.1016/j.pain.2012.02.028',
  referenceId: 'chu-2012',
};
export const CHEN_2009: Citation = {
  authors: 'Chen L, Malarick C, Seefeld L, Wang S, Houghton M, Mao J',
  year: 2009,
  journal: 'Pain 143(1–2):65–70',
  doi: '10.1016/j.pain.2009.01.022',
};
export const PUD_2006: Citation = {
  authors: 'Pud D, Cohen D, Lawental E, Eisenberg E',
  year: 2006,
  journal: 'Drug Alcohol Depend 82(3):218–23',
  doi: '10.1016/j.drugalcdep.2005.09.007',
  referenceId: 'pud-2006',
};
export const TREISTER_2012: Citation = {
  authors: 'Treister R, Eisenberg E, Lawental E, Pud D',
  year: 2012,
  journal: 'J Opioid Manag 8(6):343–9',
  doi: null,
  note: 'No DOI confirmed.',
};
export const KOPPERT_2003: Citation = {
  authors: 'Koppert W, Sittl R, Scheuber K, Alsheimer M, Schmelz M, Schüttler J',
  year: 2003,
  journal: 'Anesthesiology 99(1):152 (end page unconfirmed)',
  doi: null,
  note: 'DOI 10.1097/00000542-200307000-00025 is probable (seen in one bibliographic record), so none is linked; the size of the area growth has not been read.',
  referenceId: 'koppert-2003',
};
export const ANGST_2003: Citation = {
  authors: 'Angst MS, Koppert W, Pahl I, Clark DJ, Schmelz M',
  year: 2003,
  journal: 'Pain 106:49–57 (volume and pages unconfirmed)',
  doi: '10.1016/s0304-3959(03)00276-8',
};
export const MAUERMANN_2016: Citation = {
  authors: 'Mauermann E, Filitz J, Dolder P, Rentsch KM, Bandschapp O, Ruppen W',
  year: 2016,
  journal: 'Anesthesiology 124(2):453 (end page unconfirmed)',
  doi: null,
  note: 'No DOI confirmed.',
};
export const DARNALL_2018: Citation = {
  authors: 'Darnall BD, Ziadni MS, Stieg RL, et al.',
  year: 2018,
  journal: 'JAMA Intern Med 178:707–8',
  doi: '10.1001/jamainternmed.2017.8709',
  referenceId: 'darnall-2018',
};
export const FRANK_2017: Citation = {
  authors: 'Frank JW, et al.',
  year: 2017,
  journal: 'Ann Intern Med 167(3):181–91',
  doi: '10.7326/M17-0598',
};
export const RIEB_2016: Citation = {
  authors: 'Rieb LM, et al.',
  year: 2016,
  journal: 'Pain 157(12):2865–74',
  doi: '10.1097/j.pain.0000000000000710',
};
export const KOPPERT_2005: Citation = {
  authors: 'Koppert W, et al.',
  year: 2005,
  journal: 'Pain 118(1–2):15–22',
  doi: '10.1016/j.pain.2005.06.030',
};
export const DAVIS_1999: Citation = {
  authors: 'Davis AM, Inturrisi CE',
  year: 1999,
  journal: 'J Pharmacol Exp Ther 289:1048–53 (authors and journal unconfirmed)',
  doi: null,
  note: 'PMID 10215686; no DOI confirmed.',
};
export const HOLTMAN_2005: Citation = {
  authors: 'Holtman JR, Wala EP',
  year: 2005,
  journal: 'Pain 114(1–2):62–70',
  doi: '10.1016/j.pain.2004.11.014',
};
export const FLETCHER_2014: Citation = {
  authors: 'Fletcher D, Martinez V',
  year: 2014,
  journal: 'Br J Anaesth 112(6):991–1004',
  doi: '10.1093/bja/aeu137',
  referenceId: 'fletcher-2014',
};
