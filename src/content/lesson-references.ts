import { references, type Reference } from './references';

/**
 * Sources the lessons cite that src/content/references.ts does not hold: the clinical studies of the facts
 * file behind management and diagnosis, the guidelines and safety communications behind the safety notes
 * (src/content/safety.ts), and the human-evidence reviews of issue 15 (docs/content-notes.md says which
 * citation was checked and where).
 * Lessons cite by id; `lessonReference` looks in references.ts first, then here.
 */
export const lessonReferences: readonly Reference[] = [
  {
    id: 'cdc-2022',
    citation:
      'Dowell D, Ragan KR, Jones CM, Baldwin GT, Chou R (2022). CDC Clinical Practice Guideline for Prescribing Opioids for Pain — United States, 2022',
    source: 'MMWR Recommendations and Reports 71(3):1–95',
    doi: '10.15585/mmwr.rr7103a1',
  },
  {
    id: 'hhs-2019',
    citation:
      'U.S. Department of Health and Human Services (2019). HHS Guide for Clinicians on the Appropriate Dosage Reduction or Discontinuation of Long-Term Opioid Analgesics',
    source: 'HHS, October 2019',
  },
  {
    id: 'koppert-2005',
    citation:
      'Koppert W, Ihmsen H, Körber N, et al. (2005). Different profiles of buprenorphine-induced analgesia and antihyperalgesia in a human pain model',
    source: 'Pain 118(1–2):15–22',
    doi: '10.1016/j.pain.2005.06.030',
  },
  {
    id: 'davis-1999',
    citation:
      'Davis AM, Inturrisi CE (1999). d-Methadone blocks morphine tolerance and N-methyl-D-aspartate-induced hyperalgesia',
    source: 'J Pharmacol Exp Ther 289:1048–53',
  },
  {
    id: 'van-elstraete-2008',
    citation:
      'Van Elstraete AC, Sitbon P, Mazoit JX, Benhamou D (2008). Gabapentin prevents delayed and long-lasting hyperalgesia induced by fentanyl in rats',
    source: 'Anesthesiology 108(3):484–94',
    doi: '10.1097/ALN.0b013e318164cf85',
  },
  {
    id: 'lee-2013',
    citation:
      'Lee C, Lee HW, Kim JN (2013). Effect of oral pregabalin on opioid-induced hyperalgesia in patients undergoing laparo-endoscopic single-site urologic surgery',
    source: 'Korean J Anesthesiol 64(1):19–24',
    doi: '10.4097/kjae.2013.64.1.19',
  },
  {
    id: 'lenz-2011',
    citation:
      'Lenz H, Raeder J, Draegni T, et al. (2011). Effects of COX inhibition on experimental pain and hyperalgesia during and after remifentanil infusion in humans',
    source: 'Pain 152(6):1289–97',
  },
  {
    id: 'li-2001',
    citation: 'Li X, Angst MS, Clark JD (2001). A murine model of opioid-induced hyperalgesia',
    source: 'Mol Brain Res 86(1–2):56–62',
  },
  {
    id: 'joly-2005',
    citation:
      'Joly V, Richebe P, Guignard B, et al. (2005). Remifentanil-induced postoperative hyperalgesia and its prevention with small-dose ketamine',
    source: 'Anesthesiology 103(1):147–55',
    doi: '10.1097/00000542-200507000-00022',
  },
  {
    id: 'frank-2017',
    citation:
      'Frank JW, Lovejoy TI, Becker WC, et al. (2017). Patient outcomes in dose reduction or discontinuation of long-term opioid therapy: a systematic review',
    source: 'Ann Intern Med 167(3):181–91',
    doi: '10.7326/M17-0598',
  },
  {
    id: 'rieb-2016',
    citation:
      'Rieb LM, Norman WV, Martin RE, et al. (2016). Withdrawal-associated injury site pain (WISP): a descriptive case series of an opioid cessation phenomenon',
    source: 'Pain 157(12):2865–74',
    doi: '10.1097/j.pain.0000000000000710',
  },
  {
    id: 'compton-2001',
    citation:
      'Compton P, Charuvastra VC, Ling W (2001). Pain intolerance in opioid-maintained former opiate addicts: effect of long-acting maintenance agent',
    source: 'Drug Alcohol Depend 63(2):139–46',
  },
  {
    id: 'chen-2009',
    citation:
      'Chen L, Malarick C, Seefeld L, Wang S, Houghton M, Mao J (2009). Altered quantitative sensory testing outcome in subjects with opioid therapy',
    source: 'Pain 143(1–2):65–70',
    doi: '10.1016/j.pain.2009.01.022',
  },
  {
    id: 'angst-2003',
    citation:
      'Angst MS, Koppert W, Pahl I, Clark DJ, Schmelz M (2003). Short-term infusion of the mu-opioid agonist remifentanil in humans causes hyperalgesia during withdrawal',
    source: 'Pain 106:49–57',
    doi: '10.1016/s0304-3959(03)00276-8',
  },
  {
    id: 'king-2005',
    citation:
      'King T, Ossipov MH, Vanderah TW, Porreca F, Lai J (2005). Is paradoxical pain induced by sustained opioid exposure an underlying mechanism of opioid antinociceptive tolerance?',
    source: 'Neurosignals 14:194–205',
    doi: '10.1159/000087658',
  },
  {
    id: 'cdc-2016',
    citation:
      'Dowell D, Haegerich TM, Chou R (2016). CDC Guideline for Prescribing Opioids for Chronic Pain — United States, 2016',
    source: 'MMWR Recommendations and Reports 65(1):1–49',
    doi: '10.15585/mmwr.rr6501e1',
  },
  {
    id: 'agnoli-2021',
    citation:
      'Agnoli A, Xing G, Tancredi DJ, Magnan E, Jerant A, Fenton JJ (2021). Association of dose tapering with overdose or mental health crisis among patients prescribed long-term opioids',
    source:
      'JAMA 326(5):411–19; corrected in JAMA 2022;327(7):687 (doi:10.1001/jama.2022.0231), which gives the rate ratios 1.28 and 1.74',
    doi: '10.1001/jama.2021.11013',
  },
  {
    id: 'fda-2019-taper',
    citation:
      'U.S. Food and Drug Administration (2019). FDA identifies harm reported from sudden discontinuation of opioid pain medicines and requires label changes to guide prescribers on gradual, individualized tapering',
    source: 'FDA Drug Safety Communication, 9 April 2019',
  },
  {
    id: 'fda-2019-gabapentinoids',
    citation:
      'U.S. Food and Drug Administration (2019). FDA warns about serious breathing problems with seizure and nerve pain medicines gabapentin and pregabalin',
    source: 'FDA Drug Safety Communication, 19 December 2019',
  },
  {
    id: 'gomes-2017',
    citation:
      'Gomes T, Juurlink DN, Antoniou T, Mamdani MM, Paterson JM, van den Brink W (2017). Gabapentin, opioids, and the risk of opioid-related death: a population-based nested case–control study',
    source: 'PLoS Med 14(10):e1002396',
    doi: '10.1371/journal.pmed.1002396',
  },
  {
    id: 'chou-2014',
    citation:
      'Chou R, Cruciani RA, Fiellin DA, et al. (2014). Methadone safety: a clinical practice guideline from the American Pain Society and College on Problems of Drug Dependence, in collaboration with the Heart Rhythm Society',
    source: 'J Pain 15(4):321–37',
    doi: '10.1016/j.jpain.2014.01.494',
  },
  {
    id: 'va-dod-2017',
    citation:
      'Department of Veterans Affairs, Department of Defense (2017). VA/DoD Clinical Practice Guideline for Opioid Therapy for Chronic Pain, version 3.0',
    source: 'VA/DoD, 2017',
  },
  {
    id: 'robinson-2002',
    citation:
      'Robinson SE (2002). Buprenorphine: an analgesic with an expanding role in the treatment of opioid addiction',
    source: 'CNS Drug Rev 8(4):377–90',
  },
  {
    id: 'cohen-2018',
    citation:
      'Cohen SP, Bhatia A, Buvanendran A, et al. (2018). Consensus guidelines on the use of intravenous ketamine infusions for chronic pain from the American Society of Regional Anesthesia and Pain Medicine, the American Academy of Pain Medicine, and the American Society of Anesthesiologists',
    source: 'Reg Anesth Pain Med 43(5):521',
    doi: '10.1097/AAP.0000000000000808',
  },
  {
    id: 'higgins-2019',
    citation:
      'Higgins C, Smith BH, Matthews K (2019). Evidence of opioid-induced hyperalgesia in clinical populations after chronic opioid exposure: a systematic review and meta-analysis',
    source: 'Br J Anaesth 122(6):e114–e126',
    doi: '10.1016/j.bja.2018.09.019',
  },
  {
    id: 'holtman-2005',
    citation:
      'Holtman JR, Wala EP (2005). Characterization of morphine-induced hyperalgesia in male and female rats',
    source: 'Pain 114(1–2):62–70',
    doi: '10.1016/j.pain.2004.11.014',
  },
  {
    id: 'krebs-2018',
    citation:
      'Krebs EE, Gravely A, Nugent S, et al. (2018). Effect of opioid vs nonopioid medications on pain-related function in patients with chronic back pain or hip or knee osteoarthritis pain: the SPACE randomized clinical trial',
    source: 'JAMA 319(9):872–82',
    doi: '10.1001/jama.2018.0899',
  },
];

/** A reference by id, from references.ts first, then the lessons' own list; undefined if unknown. */
export function lessonReference(id: string): Reference | undefined {
  return references.find((r) => r.id === id) ?? lessonReferences.find((r) => r.id === id);
}
