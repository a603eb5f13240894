/**
 * The one-line plain description of every ready-made scenario (step 12), keyed by the preset's id: what the
 * picker says under the chosen scenario, and what its search looks in besides the titles. Kept apart from the
 * titles (presets.ts) because the first screen does not need them: main.ts loads this module right after
 * app-ready (src/app/catalogue.ts, `loadPresetDescriptions`), which keeps the first screen within its budget.
 * What a description says a scenario shows is what its band in src/science measures (docs/content-notes.md).
 */
export const presetDescriptions: Readonly<Record<string, string>> = {
  naive:
    'Pain from the disease at 6 out of 10 for half a year and no opioid: the course every other one is measured against.',
  'oih-state':
    'Morphine 240 MME a day for 12 weeks in a patient prone to OIH (susceptibility 1.5): the hyperalgesic state the ways of managing it start from.',
  'oih-maintained':
    'The patient with OIH kept on morphine 240 MME a day for a whole year: what every way of managing OIH is compared with.',
  'escalation-trap':
    'Morphine 180 MME a day for 12 weeks, then 50 % more (270) for 4 weeks: a little relief at first, then more pain than before.',
  'oih-escalation':
    'A patient prone to OIH starts on morphine 60 MME a day, raised by 60 every 2 weeks up to 240 and held there until week 26.',
  'taper-10-per-week':
    'From the OIH state (morphine 240 MME a day for 12 weeks), the dose is cut by 10 % of what it is each week; below 30 MME a day it is kept one more week, then stopped.',
  'taper-20-per-week':
    'From the OIH state (morphine 240 MME a day for 12 weeks), the dose is cut by 20 % of what it is each week; below 30 MME a day it is kept one more week, then stopped.',
  'abrupt-stop':
    'From the OIH state (morphine 240 MME a day for 12 weeks), the opioid is stopped at once at week 12: withdrawal first, then recovery.',
  'rotate-methadone':
    'From the OIH state (morphine 240 MME a day for 12 weeks), a switch at week 12 to methadone with 33 % fewer MME.',
  'rotate-buprenorphine':
    'From the OIH state (morphine 240 MME a day for 12 weeks), a switch at week 12 to buprenorphine under the tongue with 25 % fewer MME.',
  'ketamine-rescue':
    'From the OIH state (morphine 240 MME a day for 12 weeks), morphine goes on and low-dose ketamine is added for 8 weeks from week 12.',
  'tolerance-only':
    'The escalation trap (180, then 270 MME a day) in a patient whose five OIH mechanisms are all switched off: tolerance without hyperalgesia, so more drug still helps.',
  'tolerance-only-maintained':
    'A patient with tolerance but no OIH (all five OIH mechanisms switched off), kept on morphine 180 MME a day for 16 weeks.',
  'tolerance-only-rotate-methadone':
    'A patient with tolerance but no OIH (all five OIH mechanisms switched off) on 180 MME a day, switched at week 12 to methadone with 33 % fewer MME.',
  'tolerance-only-rotate-buprenorphine':
    'A patient with tolerance but no OIH (all five OIH mechanisms switched off) on 180 MME a day, switched at week 12 to buprenorphine with 25 % fewer MME.',
  'oih-escalation-all-knockouts':
    'The rising-dose course (60 up to 240 MME a day over 26 weeks), with all five OIH mechanisms switched off from day 0: what tolerance alone does.',
  'tolerance-only-120':
    'A patient prone to OIH, with all five OIH mechanisms switched off, on morphine 120 MME a day for 4 weeks: tolerance still builds.',
  'knockout-nmda':
    'The rising-dose course (60 up to 240 MME a day over 26 weeks), with spinal NMDA receptor upregulation switched off from day 0: how much OIH is left without it.',
  'knockout-rvm':
    'The rising-dose course (60 up to 240 MME a day over 26 weeks), with descending facilitation from the RVM switched off from day 0: how much OIH is left without it.',
  'knockout-glia':
    'The rising-dose course (60 up to 240 MME a day over 26 weeks), with glial activation switched off from day 0: how much OIH is left without it.',
  'knockout-dynorphin':
    'The rising-dose course (60 up to 240 MME a day over 26 weeks), with spinal dynorphin switched off from day 0: how much OIH is left without it.',
  'knockout-hcn2':
    'The rising-dose course (60 up to 240 MME a day over 26 weeks), with the HCN2 channels of the pain-sensing nerves switched off from day 0: how much OIH is left without it.',
  'chu-2012-moderate-dose':
    'Morphine 78 MME a day for 30 days, as in a placebo-controlled trial in back pain: tolerance without measurable OIH.',
  'chronic-60-mme-26-weeks':
    'A typical patient on morphine 60 MME a day for half a year: the lowest dose of a series that shows OIH growing with the dose.',
  'chronic-120-mme-26-weeks':
    'A typical patient on morphine 120 MME a day for half a year: the middle dose of the series.',
  'chronic-240-mme-26-weeks':
    'A typical patient on morphine 240 MME a day for half a year: the highest dose of the series.',
  'chronic-300-mme-52-weeks':
    'A typical patient on morphine 300 MME a day for a whole year: the time a hand can bear ice-cold water gets shorter.',
  'chronic-600-mme-26-weeks-s0':
    'A very high dose for half a year in a patient with no susceptibility to OIH (0): tolerance, but no hyperalgesia.',
  'chronic-600-mme-26-weeks': 'A very high dose for half a year in a patient of typical susceptibility (1).',
  'chronic-600-mme-26-weeks-s2':
    'A very high dose for half a year in the most susceptible patient (2): pain reaches the top of the 0–10 scale, so the pain threshold shows the difference better than the score.',
  'pud-2006-abstinence':
    'One year at 300 MME a day, then an abrupt stop: the time a hand can bear ice-cold water recovers only slowly, over months.',
  'darnall-2018-taper':
    'One year at 288 MME a day, then a slow voluntary taper that reaches 150 MME a day by week 17: pain does not get worse.',
  'koppert-remifentanil-volunteer':
    'Healthy volunteers with a small test area of sensitised skin (5 % of the body) get remifentanil 0.1 µg/kg/min into a vein for 90 minutes.',
  'koppert-remifentanil-s-ketamine':
    'The same remifentanil infusion in volunteers, with S-ketamine given during and after it: the sensitised area no longer grows.',
  'fentanyl-volunteer-10':
    'Healthy volunteers with a small test area of sensitised skin (5 % of the body) get one dose of fentanyl, 10 µg/kg into a vein.',
  'fentanyl-volunteer-1':
    'Healthy volunteers with a small test area of sensitised skin (5 % of the body) get one dose of fentanyl, 1 µg/kg into a vein.',
  'fletcher-2014-remifentanil-high':
    'Abdominal surgery with remifentanil 0.4 µg/kg/min for 3 hours, then pain in the day after the operation.',
  'fletcher-2014-remifentanil-low':
    'Abdominal surgery with remifentanil 0.05 µg/kg/min for 3 hours, then pain in the day after the operation.',
  'celerier-2000-fentanyl-20':
    'Four injections of fentanyl (20 µg/kg under the skin, 15 minutes apart): hours of pain relief, then days of heightened pain sensitivity.',
  'celerier-2000-fentanyl-60':
    'Four injections of fentanyl (60 µg/kg under the skin, 15 minutes apart): hours of pain relief, then days of heightened pain sensitivity.',
  'celerier-2000-fentanyl-100':
    'Four injections of fentanyl (100 µg/kg under the skin, 15 minutes apart): hours of pain relief, then days of heightened pain sensitivity.',
  'celerier-2000-fentanyl-ketamine':
    'Ketamine 10 mg/kg just before the four fentanyl injections: the days of heightened pain sensitivity do not come.',
  'laulin-2002-saline-morphine':
    'Morphine 5 mg/kg under the skin with no fentanyl before it, at the hour the fentanyl groups get theirs: its full effect.',
  'laulin-2002-fentanyl-20-morphine':
    'Four fentanyl injections of 20 µg/kg, then morphine 5 mg/kg the same day while pain sensitivity is raised: morphine relieves less (acute tolerance).',
  'laulin-2002-fentanyl-60-morphine':
    'Four fentanyl injections of 60 µg/kg, then morphine 5 mg/kg the same day while pain sensitivity is raised: morphine relieves less (acute tolerance).',
  'laulin-2002-fentanyl-100-morphine':
    'Four fentanyl injections of 100 µg/kg, then morphine 5 mg/kg the same day while pain sensitivity is raised: morphine relieves less (acute tolerance).',
  'laulin-2002-ketamine-fentanyl-60-morphine':
    'Ketamine 10 mg/kg before the fentanyl injections, then morphine 5 mg/kg: morphine keeps its full effect.',
  'laulin-daily-morphine':
    'Morphine 5 mg/kg under the skin each day: every dose still relieves pain, but the pain threshold falls between doses, so tolerance only seems to appear.',
  'laulin-daily-morphine-mk801':
    'The same daily morphine, with the NMDA blocker MK-801 acting for 12 hours after each dose: the pain threshold stays normal.',
  'vanderah-2001-continuous':
    'Morphine delivered steadily under the skin (a pellet or a pump): heightened pain sensitivity appears while the drug is still being given.',
  'dunbar-1996-spinal':
    'Morphine infused into the spinal fluid for 7 days: strong spinal tolerance, the dose for the same relief rises many times.',
  'dunbar-1996-spinal-rvm-block':
    "Morphine infused into the spinal fluid for 7 days, with the brainstem's pain relay (the RVM) blocked from day 7: much of the lost effect comes back.",
  'dunbar-1996-spinal-antiserum':
    'Morphine infused into the spinal fluid for 7 days, with an antibody against spinal dynorphin from day 7: much of the lost effect comes back.',
  'dunbar-1996-spinal-mk801':
    'Morphine infused into the spinal fluid for 7 days, with the NMDA blocker MK-801 infused alongside from day 0: little tolerance builds.',
  'dunbar-1996-spinal-mk801-day-7':
    'Morphine infused into the spinal fluid for 7 days, with MK-801 given only on day 7: the tolerance already built stays.',
  'johnston-2004-glia':
    'Morphine 10 µg into the spinal fluid each day for 5 days, read 36 hours after the last dose: glia are active and pain sensitivity is raised.',
  'johnston-2004-glia-1-dose':
    'A single 10 µg dose of morphine into the spinal fluid, read 36 hours later: too little to activate the glia much.',
  'johnston-2004-glia-knockout':
    'The 5-day course of spinal morphine with the glia mechanism switched off from day 0.',
  'johnston-2004-glia-il1ra':
    'The 5-day course of spinal morphine with a blocker of glial signalling (IL-1ra) from 12 hours after the fifth dose: the raised sensitivity is largely reversed.',
  'grace-2016-injury-alone':
    'An injury to a hind paw whose pain fades over weeks (half of it gone in 7 days).',
  'grace-2016-second-hit':
    'The injury, with morphine 5 mg/kg twice a day for 5 days from day 10: its pain lasts about twice as long.',
  'grace-2016-before-injury':
    'The same morphine course, ending 7 days before the injury: outside that window the pain lasts no longer.',
};
