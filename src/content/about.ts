/** The About dialog: what the app is, how far to trust it, where its knowledge comes from, its license. */
export const aboutText = {
  title: 'About Opioid Paradox Lab',
  whatHeading: 'What it is',
  what: [
    'An interactive simulation of opioid-induced hyperalgesia (OIH): the paradox that opioids given for pain can make a person more sensitive to pain, spread pain to new places and turn light touch painful.',
    'A simplified model of five mechanisms — spinal NMDA receptor upregulation, descending facilitation from the brainstem (RVM), glial activation, spinal dynorphin and nociceptor HCN2 channels — plus tolerance runs weeks of virtual dosing, so that you can see how OIH differs from tolerance and how tapering, rotation and adjuvants act on it.',
    'Made for medical students, lecturers and self-learners.',
  ],
  educationHeading: 'For education only',
  education:
    'This is a teaching model of a virtual patient, with rates tuned for teaching. It is not a medical device, gives no advice and never outputs a dose for a real patient. Decisions about real medicines belong to a clinician who knows the patient.',
  sourcesHeading: 'Sources',
  sourcesIntro:
    'The lessons follow the review below; the model is checked against published experiments, a few of which are listed here. docs/model.md in the source code lists every parameter with its source.',
  licenseHeading: 'License',
  license: 'Open source under the MIT License. Contributions and corrections are welcome.',
} as const;
