import { landmarkLectureTitle } from '../content/experiment-link-words';
import { safety } from '../content/safety';
import type { Lecture } from './lectures';
import { dipThenRise, order, versusB } from './claims';
import { JOHNSTON_GLIA, MAINTAINED_CURVE_TURNS, twins } from './setups';
import { W12, W14, W16 } from './weeks';

/**
 * "Landmark experiments" (issue 20): one lecture scene per experiment of the Experiments view, in its order —
 * the rat experiments, the human studies, tapering, the model's clinical checks and surgery. A lecturer can
 * project "the experiment that showed it" and open it in the Experiments view from the scene (its
 * `experiment`). Each scene sets the simulation to the experiment's key group, or two groups side by side in
 * compare mode where the experiment contrasts them, at a telling time.
 *
 * The notes quote the experiment's question, why it mattered, where the model differs and its source word for
 * word from src/science (which this module must not import: it runs the model's bands, and lecture mode loads
 * without it); test/lessons/landmark-lecture.test.ts holds them to it. What the captions and the "What the
 * model shows" sentences say about the simulation is held to the model by the claims (claims.test.ts).
 *
 * One lecture rather than one per species: it follows the Experiments view's order, from the first rat
 * experiments to the clinic, and a lecturer who wants fewer scenes removes some (Lecture tools).
 */
export const LANDMARK_LECTURE: Lecture = {
  id: 'landmark-experiments',
  title: landmarkLectureTitle,
  scenes: [
    {
      id: 'celerier-2000',
      experiment: {
        id: 'celerier-2000',
        title: 'One fentanyl series: hours of analgesia, then days of hyperalgesia',
      },
      caption:
        'One fentanyl series: hours of relief, then days of a lower pain threshold; ketamine prevents it',
      notes: `The question: Does one short series of fentanyl injections leave rats more sensitive to pain after the analgesia wears off, and does an NMDA blocker prevent it? Why it mattered: It showed that a single opioid exposure is followed by hyperalgesia lasting days, larger with the dose, and that ketamine prevents it — an early, influential demonstration that opioid-induced hyperalgesia depends on NMDA receptors. What the model shows: Rats given four doses of fentanyl 100 µg/kg (A) beside rats given ketamine first (B), on day 2. In A the paw-pressure threshold rose for a few hours, then fell below baseline and was still below it on day 2; with ketamine it stayed at baseline. Switch the chart to the mechanisms: the NMDA drive is what ketamine blocks. Where the model differs: The model’s rats recover more slowly than the paper’s “up to 5 days” (the accepted range allows up to day 7; an earlier prototype of the model took 7.8 days). The rat experiments use their own calibration, and ketamine’s NMDA block is taken to last 4 h. Source: Célèrier E, Rivat C, Jun Y, Laulin JP, Larcher A, Reynier P, Simonnet G (2000), Anesthesiology 92(2):465–72.`,

      setup: {
        preset: 'celerier-2000-fentanyl-100',
        compare: { preset: 'celerier-2000-fentanyl-ketamine' },
        shown: 'a',
        tDays: 2,
        chart: 'time-course',
        highlight: null,
      },
      claims: [
        order('threshold', { day: 0.1 }, '>', 1, 'hours of relief: the threshold is raised at first'),
        order('threshold', { day: 2 }, '<', 1, 'the threshold is below baseline on day 2'),
        order('threshold', { side: 'b', day: 2 }, '>', 0.97, 'with ketamine it stays at baseline'),
        versusB('threshold', '<', 2, 'ketamine prevents the fall'),
      ],
    },
    {
      id: 'laulin-1999',
      experiment: {
        id: 'laulin-1999',
        title: 'Daily opioid: falling thresholds make intact analgesia look like tolerance',
      },
      caption: 'Morphine once a day: the threshold falls day by day and masks its relief; MK-801 prevents it',
      notes: `The question: When a daily opioid seems to lose its effect, is the analgesia really lost, or is a rising sensitivity to pain hiding it? Why it mattered: It showed that part of what is measured as tolerance is hyperalgesia masking an analgesic effect that is still there, and that an NMDA blocker prevents both — “apparent tolerance”. What the model shows: Rats on morphine 5 mg/kg once a day (A) beside rats given MK-801 with each dose (B), before the tenth dose. Each dose still relieves, but from a lower starting point every day, so the relief looks smaller: apparent tolerance. With MK-801 the threshold stays higher. Where the model differs: The paper gave heroin; the model gives morphine 5 mg/kg, with MK-801 acting for 12 h after each dose. The rat model uses its own settings, including how strongly hyperalgesia hides the analgesia and how much of tolerance depends on NMDA receptors. Source: Laulin JP, Célèrier E, Larcher A, Le Moal M, Simonnet G (1999), Neuroscience (volume and pages unconfirmed).`,

      setup: {
        preset: 'laulin-daily-morphine',
        compare: { preset: 'laulin-daily-morphine-mk801' },
        shown: 'a',
        tDays: 9,
        chart: 'time-course',
        highlight: null,
      },
      claims: [
        order('threshold', { day: 9 }, '<', { day: 2 }, 'the threshold falls day by day'),
        versusB('threshold', '<', 9, 'with MK-801 the threshold stays higher'),
      ],
    },
    {
      id: 'laulin-2002',
      experiment: {
        id: 'laulin-2002',
        title: 'After fentanyl, a later morphine dose works less — unless ketamine came first',
      },
      caption: 'After a fentanyl series, a later morphine dose relieves less, unless ketamine came first',
      notes: `The question: Does a fentanyl series make morphine given afterwards less effective, in proportion to the fentanyl dose, and does ketamine prevent it? Why it mattered: It linked the hyperalgesia after an opioid to acute tolerance to the next opioid dose — the pattern behind more pain and more opioid after surgery — and showed an NMDA blocker keeps the full effect. What the model shows: Rats given fentanyl 4 × 60 µg/kg and morphine 5 mg/kg later the same day (A), beside rats given ketamine before the fentanyl (B), at hour 10. Over the fentanyl, the morphine dose and the hours after it, the threshold in A stays lower than with ketamine. Where the model differs: The abstract gives no hour for the morphine dose: the model gives it 5 h after the first bolus and reads its effect as the area above baseline over 4 h; the 4 × 100 µg/kg reduction sits close to the edge of its accepted range (at least 60 %, published 85 %). One ketamine dose did not fully prevent the long-lasting hyperalgesia once morphine followed; repeated doses were needed. Source: Laulin JP, Maurette P, Corcuff JB, Rivat C, Chauvin M, Simonnet G (2002), Anesth Analg 94(5):1263–9.`,

      setup: {
        preset: 'laulin-2002-fentanyl-60-morphine',
        compare: { preset: 'laulin-2002-ketamine-fentanyl-60-morphine' },
        shown: 'a',
        tDays: 0.4,
        chart: 'time-course',
        highlight: null,
      },
      claims: [versusB('threshold', '<', 0.4, 'with ketamine first, the threshold stays higher')],
    },
    {
      id: 'vanderah-2001',
      experiment: { id: 'vanderah-2001', title: 'Hyperalgesia while the opioid is still being given' },
      caption:
        'Continuous morphine: relief at first, then pain thresholds below baseline while the drug still flows',
      notes: `The question: Does steady morphine delivery make rats hypersensitive while the drug is still flowing, not only in withdrawal? Why it mattered: It showed OIH appears during continuous delivery, driven by descending facilitation from the brainstem (RVM), and that blocking the RVM removes both the hyperalgesia and part of the “tolerance”. What the model shows: Rats on continuous morphine, day 6. The threshold was raised on the first day and has been below baseline since, with delivery continuing: hyperalgesia during the drug, not only in withdrawal. The RVM’s descending facilitation has risen alongside. Where the model differs: The threshold is only just above baseline at 48 h and falls below it soon after (the accepted range: between day 2 and day 6): little margin. The model has one pain pathway, so von Frey and radiant heat read the same threshold. Source: Vanderah TW, et al. (2001), J Neurosci 21(1):279.`,

      setup: {
        preset: 'vanderah-2001-continuous',
        compare: null,
        tDays: 6,
        chart: 'time-course',
        highlight: 'rvm',
      },
      claims: [
        order('threshold', { day: 1 }, '>', 1, 'the threshold is raised on the first day'),
        order('threshold', { day: 6 }, '<', 1, 'below baseline by day 6, delivery continuing'),
        order('rvm', { day: 6 }, '>', { day: 1 }, 'descending facilitation has risen'),
      ],
    },
    {
      id: 'dunbar-yaksh-1996',
      experiment: {
        id: 'dunbar-yaksh-1996',
        title: 'A week of spinal morphine shifts its dose–response 31-fold',
      },
      caption:
        'A week of spinal morphine: far more drug needed for the same effect; MK-801 throughout prevents most of it',
      notes: `The question: How far does a week of intrathecal morphine shift the spinal dose–response, what undoes the shift, and does it recover? Why it mattered: It measured spinal tolerance (ED50 16 → 496) and showed an NMDA blocker given throughout prevents it but not one given at the end; later work showed an RVM block or dynorphin antiserum restores potency — much of the shift is hyperalgesia, not lost analgesia. What the model shows: Rats on an intrathecal morphine infusion for a week (A) beside rats given MK-801 with it from day 0 (B), on day 7. The tolerance factor — how much more drug the same effect needs — is far higher in A; with MK-801 it stays small. Where the model differs: The model’s fold sits at the low end of its accepted range (10–40×) against 31× published, because the infusion runs just above the lowest rate the setup allows; an RVM block or antiserum removes about half of the shift (the accepted range asks ≥ 50 %) where the papers saw it blocked, and MK-801 from day 0 keeps the fold at or below 3 where the paper’s ED50 fell below naive (4 vs 16). MK-801 alone gave ED50 0.3, so part of the 4-vs-16 reflects MK-801’s own potentiation, not only prevented tolerance. On day 14 the model reads a whole dose–response where the paper gave one probe dose. Source: Dunbar S, Yaksh TL (1996), Anesthesiology 84(5):1177–88.`,

      setup: {
        preset: 'dunbar-1996-spinal',
        compare: { preset: 'dunbar-1996-spinal-mk801' },
        shown: 'a',
        tDays: 7,
        chart: 'mechanisms',
        highlight: null,
      },
      claims: [
        order('toleranceFold', { day: 7 }, '>', 10, 'far more drug is needed after a week'),
        order(
          'toleranceFold',
          { side: 'b', day: 7 },
          '<',
          { day: 7 },
          'MK-801 throughout prevents most of the shift',
          { plus: -10 },
        ),
      ],
    },
    {
      id: 'johnston-2004',
      experiment: { id: 'johnston-2004', title: 'Glia join in after days, not after one dose' },
      caption: 'Glia join in after days: five daily doses activate spinal glia, one dose does not',
      notes: `The question: Do spinal glia and their cytokines need days of morphine to drive hyperalgesia, and does blocking IL-1 prevent and reverse it? Why it mattered: It showed that spinal cytokines rose after five daily doses but not one, and that the IL-1 receptor antagonist both prevented and reversed the hyperalgesia: the immune side of the spinal cord takes part in OIH. What the model shows: Rats given intrathecal morphine once a day for five days (A) or only once (B), 36 hours after the fifth dose. Glia are far more active after five doses than after one, and the threshold is still below baseline. Where the model differs: The model reads 36 h after the last dose, not 24 h as published; glia are one lumped level (no separate IL-1, fractalkine or IL-10), and the glial inhibitors’ acute potency gain is not modelled. Source: Johnston IN, Milligan ED, …, Maier SF, Watkins LR (2004), J Neurosci 24(33):7353–65.`,

      ...JOHNSTON_GLIA,
    },
    {
      id: 'grace-2016',
      experiment: {
        id: 'grace-2016',
        title: 'A short morphine course after an injury makes its pain last twice as long',
      },
      caption: 'Morphine for five days after an injury: the injury’s pain lasts far longer',
      notes: `The question: Does a five-day morphine course given after a nerve injury prolong the injury’s pain? Why it mattered: It showed a “second hit”: morphine primes spinal microglia (NLRP3, IL-1β) so that pain lasts weeks to months longer. A separate rat surgery study found a window: a 7-day course that ended a week before surgery did not prolong pain. What the model shows: Rats with an injury given morphine from day 10 to day 15 (A) beside the injury alone (B), on day 40. Without morphine the injury’s pain has almost gone by day 40; after the course it is still there. Where the model differs: The injury is a pain that resolves with a 7-day half-life, not a nerve injury, and “lasts” means until its share of pain is below 10 %; the prolongation sits near the edge of its accepted range (at least 1.8×) and depends on that half-life. For the window the model gives the same 5-day twice-daily course, where the laparotomy study gave 7 days. Source: Grace PM, Strand KA, Galer EL, et al. (2016), Proc Natl Acad Sci USA 113(24):E3441–50.`,

      setup: {
        preset: 'grace-2016-second-hit',
        compare: { preset: 'grace-2016-injury-alone' },
        shown: 'a',
        tDays: 40,
        chart: 'time-course',
        highlight: null,
      },
      claims: [
        versusB('pain', '>', 40, 'after the course the pain is still there on day 40'),
        order('pain', { side: 'b', day: 40 }, '<', 0.2, 'the injury alone has almost resolved by day 40'),
      ],
    },
    {
      id: 'chu-2012',
      experiment: {
        id: 'chu-2012',
        title: 'Tolerance without OIH at a moderate dose; OIH with dose and time',
      },
      caption: 'A month at 78 MME/day brings tolerance but no OIH; at 240 MME/day the pain threshold falls',
      notes: `The question: Does a month of moderate-dose morphine for back pain cause tolerance, hyperalgesia, or both — and what changes at higher doses and longer use? Why it mattered: A double-blind placebo-controlled trial found tolerance (42 % less potency) but no OIH after a month of morphine titrated up to 78 mg/day. Cross-sectional studies link higher daily doses to lower heat-pain thresholds (Chen 2009), and people with opioid addiction show cold intolerance (Pud 2006): OIH in people seems to depend on dose and duration. What the model shows: A patient on morphine 78 MME/day (A) beside one on 240 MME/day (B), at day 30. At the moderate dose the same relief already needs clearly more drug, but the pain threshold is at its level before the opioid; at the higher dose it has fallen. Where the model differs: The model’s month of tolerance sits near the top of its accepted range (1.5–2.0) against ≈ 1.7 derived from the published 42 %. Chu’s patients were titrated up to 78 mg/day, so the model’s fixed 78 overstates exposure early on. Who gets OIH and at what dose is a teaching assumption (the dose at which OIH starts, how fast it comes, and susceptibility); the human evidence is mixed, and one threshold stands for heat-pain and cold-pressor tests. Source: Chu LF, D’Arcy N, …, Angst MS, Clark JD (2012), Pain 153(8):1583–92.`,

      setup: {
        preset: 'chu-2012-moderate-dose',
        compare: { preset: 'chronic-240-mme-26-weeks' },
        shown: 'a',
        tDays: 30,
        chart: 'time-course',
        highlight: null,
      },
      claims: [
        order('toleranceFold', { day: 30 }, '>', 1.5, 'tolerance: the same relief needs clearly more drug'),
        order('threshold', { day: 30 }, '>', 0.97, 'no OIH: the threshold is at its level before the opioid'),
        versusB('threshold', '>', 30, 'at the higher dose the threshold has fallen'),
      ],
    },
    {
      id: 'koppert-2003',
      experiment: {
        id: 'koppert-2003',
        title: 'Volunteers: the hyperalgesic area grows after the opioid stops',
      },
      caption:
        'Volunteers: once a remifentanil infusion ends, the area of hyperalgesia grows; S-ketamine prevents it',
      notes: `The question: Does a short opioid infusion in healthy volunteers enlarge an area of hyperalgesia once it stops, and does S-ketamine prevent it? Why it mattered: It showed OIH in people under controlled conditions: the area of punctate hyperalgesia grew within 30 min of stopping remifentanil; S-ketamine abolished the growth but did not reduce the increased pain ratings (clonidine did); heat pain in normal skin did not change (Angst 2003). With fentanyl, hyperalgesia and analgesia coexisted — at a dose that needs monitoring: with 10 µg/kg, 90 % of the volunteers needed reminders to breathe and 38 % needed oxygen (Mauermann 2016). What the model shows: Healthy volunteers given a 90-minute remifentanil infusion (A) beside the same infusion with S-ketamine (B), six hours on. In A the painful area grew larger than it was before the infusion; with S-ketamine it did not. Where the model differs: Both remifentanil groups run Angst’s 90-min infusion, and S-ketamine runs from the start to 6 h, where Koppert infused both for 30 min. The volunteers’ pre-existing area is a fixed 5 % of the body, and the size of the area’s growth after remifentanil has not been read in the papers; one pain pathway stands for all skin, so “normal skin” is the general threshold, which a cap on the NMDA drive keeps within 5 % of baseline. The table’s cold-pressor row compares the 10 µg/kg arm with before the dose; the paper compared it with the 1 µg/kg arm (the plot shows that ratio, which in the model falls from about 1.4 at 5 h to 1.2 at 6 h: through the paper’s interval, but quickly). Source: Koppert W, Sittl R, Scheuber K, Alsheimer M, Schmelz M, Schüttler J (2003), Anesthesiology 99(1):152 (end page unconfirmed).`,

      setup: {
        preset: 'koppert-remifentanil-volunteer',
        compare: { preset: 'koppert-remifentanil-s-ketamine' },
        shown: 'a',
        tDays: 0.25,
        chart: 'body-map',
        highlight: null,
      },
      claims: [
        order('painArea', { day: 0.25 }, '>', { day: 0 }, 'the area grows larger than before the infusion'),
        versusB('painArea', '>', 0.25, 'with S-ketamine the area does not grow'),
      ],
    },
    {
      id: 'pud-2006',
      experiment: {
        id: 'pud-2006',
        title: 'After years of opioids, cold intolerance outlasts a month of abstinence',
      },
      caption:
        'After a year on opioids, cold-pain intolerance outlasts a month without them, then recovers over months',
      notes: `The question: Does the cold-pain intolerance of people with opioid addiction (heroin or methadone) recover within a month of stopping, or does it take longer? Why it mattered: Cold-pressor tolerance did not change by day 28 of detoxification, yet was normal in a different group abstinent ≥ 5 months (Treister 2012): this suggests OIH reverses, but over months, not weeks. What the model shows: A patient on morphine 300 MME/day for a year, stopped abruptly, four weeks later. Cold-pressor tolerance is still below that of people without opioids; it recovers only over the following months. Where the model differs: By day 28 of abstinence the model has already recovered part of the way (the accepted range allows up to half) where the patients had not changed at all. Years of use are not given: a year at 300 MME/day is the stand-in, and latent sensitization’s two-stage memory (a teaching assumption) sets the pace of recovery. ${safety('taper-risk')} ${safety('loss-of-tolerance')} Source: Pud D, Cohen D, Lawental E, Eisenberg E (2006), Drug Alcohol Depend 82(3):218–23.`,
      safety: ['taper-risk', 'loss-of-tolerance'],
      setup: {
        preset: 'pud-2006-abstinence',
        compare: null,
        tDays: 392,
        chart: 'time-course',
        highlight: null,
      },
      claims: [
        order(
          'coldPressor',
          { day: 392 },
          '<',
          1,
          'a month after stopping, still below people without opioids',
        ),
        order('coldPressor', { day: 514 }, '>', { day: 392 }, 'it recovers over the following months'),
      ],
    },
    {
      id: 'darnall-2018',
      experiment: { id: 'darnall-2018', title: 'Tapering a high dose without more pain' },
      caption:
        'Tapering from the OIH state: pain does not rise as the dose falls, and is lower than continuing',
      notes: `The question: Does a slow, voluntary taper from a high opioid dose make chronic pain worse? Why it mattered: Of outpatients who volunteered, the 51 who completed a supported 4-month taper went from a median 288 to 150 MME/day with no increase in pain (no control group). Low-quality studies suggest pain often improves after dose reduction, while a fast stop brings withdrawal pain for about two weeks. What the model shows: A susceptible patient in the OIH state tapering 10 % a week from week 12 (A) beside the same patient continuing 240 MME/day (B), at week 20. Pain held about level for the first two weeks of the taper, not higher, and by week 20 it is lower than on the continued dose. Where the model differs: Recovery takes months because latent sensitization’s two-stage memory (a teaching assumption) sets the pace after a taper or a stop; Darnall’s patients volunteered and were supported, the model’s patient is anyone after a year at 288 MME/day. In the model an abrupt stop does no worse on pain at 5 months, but pain is not the only outcome. Clinically, an abrupt stop or a 20 %-a-week cut from a high dose is not recommended (FDA and HHS 2019). CDC 2022 suggests about 10 % a month after long-term use, with pauses, a shared and voluntary plan, and the patient never abandoned. Tapering carries risks of overdose (loss of tolerance) and mental-health crisis (Agnoli 2021: rate ratios 1.28 and 1.74). Screen mood and opioid use disorder, offer naloxone, and support the patient. ${safety('taper-risk')} Source: Darnall BD, Ziadni MS, Stieg RL, et al. (2018), JAMA Intern Med 178:707–8.`,
      safety: ['taper-risk'],
      setup: {
        preset: 'taper-10-per-week',
        compare: { preset: 'oih-maintained' },
        shown: 'a',
        tDays: 140,
        chart: 'time-course',
        highlight: null,
      },
      claims: [
        order(
          'pain',
          { day: W14, window: 'week' },
          '<',
          { day: W12, window: 'week' },
          'pain does not rise in the first two weeks of the taper',
          { plus: 0.3 },
        ),
        versusB('pain', '<', 140, 'by week 20 pain is lower than continuing', { window: 'week' }),
      ],
    },
    {
      id: 'escalation-trap',
      experiment: {
        id: 'escalation-trap',
        title: 'The escalation trap: a higher dose helps for days, then hurts',
      },
      caption:
        'The escalation trap: 50 % more eases OIH pain for a day, then it is worse; with tolerance alone relief lasts',
      notes: `The question: When pain returns on a steady opioid dose, does raising the dose help — with tolerance, and with OIH? Why it mattered: In the model, with tolerance alone a higher dose restores relief; with OIH it helps for a few days, then pain worsens and spreads. In patients OIH is a diagnosis of exclusion (disease progression, withdrawal between doses, opioid use disorder, other pain syndromes). CDC 2022 advises against dose increases unlikely to add benefit, and naloxone at 50 MME/day or more. What the model shows: A patient who develops OIH on 180 MME/day (A) beside the same patient with tolerance only (B), both given 50 % more at week 12, shown at week 16. In A pain dipped the day after the increase and was above its earlier level within two weeks; in B pain fell and stayed lower. Where the model differs: In the model more drug buys less relief with OIH because part of the way OIH hides the analgesia grows with the exposure: grounded in the anti-opioid action of CCK in the brainstem (Xie 2005), but its form and size are the model’s; the growth of the painful area sits near the edge of its accepted range. ${safety('overdose-dose')} No single study: the model’s own check. Basis: composed by the model from several papers: hyperalgesia grows with the dose and with repeated exposure (Célèrier 2000, Laulin 1999, Chen 2009); tolerance shifts the dose–response curve, OIH lowers the pain threshold`,
      safety: ['overdose-dose'],
      setup: { ...twins(W16, 'time-course'), shown: 'a' },
      claims: [
        ...dipThenRise(W12, 'OIH: pain dips the day after the increase', 'then it is worse than before'),
        order(
          'pain',
          { side: 'b', day: W16, window: 'week' },
          '<',
          { side: 'b', day: W12, window: 'week' },
          'with tolerance alone, pain falls and stays lower',
        ),
      ],
    },
    {
      id: 'dose-response-shape',
      experiment: { id: 'dose-response-shape', title: 'With OIH, the dose–response curve turns back up' },
      caption: 'From the OIH state, the dose–response curve has a best dose and turns back up beyond it',
      notes: `The question: From the OIH state, if each daily dose is then kept for 12 more weeks, is there a dose beyond which more drug means more pain? Why it mattered: In the model it separates the two explanations of “the opioid stopped working”: with tolerance alone the curve keeps falling (more drug, less pain); with OIH it has a best dose and rises past it. What the model shows: The OIH patient (susceptibility 1.5) at week 12: the chart gives the pain after twelve more weeks at each daily dose. His curve falls to a lowest point and rises beyond it; the tolerance-only twin’s curve keeps falling. Where the model differs: Where the curve turns is the virtual patient’s (its susceptibility of 1.5 and the dose at which OIH starts are teaching assumptions), not a dose known to apply to people. Basis: composed by the model from the rat and human studies: tolerance shifts the dose–response curve to the right; OIH lowers the pain threshold even at zero dose`,

      setup: { preset: 'oih-state', compare: null, tDays: W12, chart: 'dose-response', highlight: null },
      claims: MAINTAINED_CURVE_TURNS,
    },
    {
      id: 'oih-management',
      experiment: { id: 'oih-management', title: 'Getting out of OIH: rotation and ketamine' },
      caption: 'Out of OIH in the model: a switch to methadone lowers pain within four weeks',
      notes: `The question: From the OIH state, do rotation to methadone or buprenorphine, or added ketamine, lower pain within 4 weeks? Why it mattered: They are levers clinicians discuss short of tapering: switching to a drug with NMDA antagonism (methadone) or antihyperalgesic action (buprenorphine), or adding an NMDA blocker (ketamine). The model tests whether its mechanisms make them work; no trial has compared them in OIH. What the model shows: The OIH patient switched to methadone at week 12 (A) beside continuing 240 MME/day (B), four weeks later: pain is lower after the switch. The Experiments view also runs buprenorphine and added ketamine. Where the model differs: Rotation’s benefit rests on teaching assumptions with thin evidence: methadone’s and buprenorphine’s tolerance induction are calibrated with their MME cuts, and the model assumes ketamine blocks about half of the NMDA drive. The cut is a device for incomplete cross-tolerance, not a conversion rule. Real rotation does not use MME: methadone is started far lower than any MME sum suggests (long, variable half-life; breathing slows most after the pain relief peaks; QT prolongation; drug interactions; dose changes no more often than every 5–7 days), under a specialist. Buprenorphine needs a planned start (withdrawal first, or low-dose overlap) to avoid precipitated withdrawal. Ketamine for chronic pain has variable evidence (2018 ASRA/AAPM/ASA consensus) and causes dissociation, raised blood pressure and, with repeated use, bladder toxicity. ${safety('rotation')} ${safety('methadone')} No single study: the model’s own check. Basis: composed by the model from the management levers the papers suggest: d-methadone’s NMDA block (Davis 1999), buprenorphine’s antihyperalgesia (Koppert 2005), ketamine’s NMDA block`,
      safety: ['rotation', 'methadone'],
      setup: {
        preset: 'rotate-methadone',
        compare: { preset: 'oih-maintained' },
        shown: 'a',
        tDays: W12 + 27,
        chart: 'time-course',
        highlight: null,
      },
      claims: [
        versusB('pain', '<', W12 + 27, 'pain is lower four weeks after the switch', { window: 'week' }),
      ],
    },
    {
      id: 'knockouts-susceptibility',
      experiment: {
        id: 'knockouts-susceptibility',
        title: 'Switch the mechanisms off one by one; vary who is susceptible',
      },
      caption: 'Switch all five mechanisms off: no hyperalgesia and far less pain, yet tolerance remains',
      notes: `The question: Does each of the five mechanisms add to the sensitization, is tolerance left when all are off, and does susceptibility decide who gets OIH? Why it mattered: It is the model’s own experiment: OIH comes from several mechanisms together, tolerance is a separate process, and people differ (in rats, Holtman 2005: stronger in females). What the model shows: A susceptible patient whose dose rises from 60 to 240 MME/day (A) beside the same course with all five mechanisms switched off (B), at week 16. In A the pain threshold is below baseline; in B it is not, pain is far lower, and the same relief still needs clearly more drug: tolerance is a separate process. Where the model differs: Who gets OIH — the dose at which it starts, how fast it comes and how much susceptibility varies — is a teaching assumption: the shares are the model’s, not epidemiology; the deeper low point at susceptibility 2 is by a small margin, and the HCN2 arm is a hypothesis no primary paper has confirmed for OIH. ${safety('overdose-dose')} No single study: the model’s own check. Basis: the model’s own check, from what the papers show together: each mechanism contributes, and OIH depends on dose, duration and the person (Chu 2012, Chen 2009, Holtman 2005)`,
      safety: ['overdose-dose'],
      setup: {
        preset: 'oih-escalation',
        compare: { preset: 'oih-escalation-all-knockouts' },
        shown: 'a',
        tDays: W16,
        chart: 'mechanisms',
        highlight: null,
      },
      claims: [
        order('threshold', { day: W16 }, '<', 1, 'with the mechanisms, the threshold is below baseline'),
        order('threshold', { side: 'b', day: W16 }, '>', 1, 'without them, no hyperalgesia'),
        order(
          'pain',
          { side: 'b', day: W16, window: 'week' },
          '<',
          { day: W16, window: 'week' },
          'far less pain',
          { plus: -3 },
        ),
        order('toleranceFold', { side: 'b', day: W16 }, '>', 1.5, 'yet tolerance remains'),
      ],
    },
    {
      id: 'fletcher-2014',
      experiment: { id: 'fletcher-2014', title: 'More remifentanil during surgery, more pain after it' },
      caption: 'More remifentanil during surgery, a little more pain after it',
      notes: `The question: Do patients given high intraoperative opioid doses have more pain after surgery than those given less? Why it mattered: Pooling 27 trials (1494 patients), it found small but significant increases in pain after surgery with high doses, mainly with remifentanil, and more morphine use over the first 24 h; acute tolerance may explain part of it. Among the strongest clinical evidence for OIH. What the model shows: A patient given a high remifentanil rate during three hours of surgery (A) beside one given a low rate (B), on the first day after surgery: pain after the operation is a little higher with the larger dose. Where the model differs: The model’s extra pain is smaller than the pooled difference (accepted range 2–20 mm at 1 h). One virtual patient stands for 27 trials (abdominal surgery, pain 6/10 halving in 3 days, remifentanil 0.40 vs 0.05 µg/kg/min for 3 h), and the larger dose adds sensitization only through a small linear part of the NMDA drive (a teaching assumption). Source: Fletcher D, Martinez V (2014), Br J Anaesth 112(6):991–1004.`,

      setup: {
        preset: 'fletcher-2014-remifentanil-high',
        compare: { preset: 'fletcher-2014-remifentanil-low' },
        shown: 'a',
        tDays: 1.125,
        chart: 'time-course',
        highlight: null,
      },
      claims: [versusB('pain', '>', 1.125, 'a little more pain on the first day after surgery')],
    },
  ],
  referenceIds: [
    'celerier-2000',
    'laulin-1999',
    'laulin-2002',
    'vanderah-2001',
    'dunbar-1996',
    'johnston-2004',
    'grace-2016',
    'chu-2012',
    'koppert-2003',
    'pud-2006',
    'darnall-2018',
    'fletcher-2014',
    'cdc-2016',
    'cdc-2022',
    'agnoli-2021',
    'fda-2019-taper',
    'hhs-2019',
    'chou-2014',
    'va-dod-2017',
  ],
};
