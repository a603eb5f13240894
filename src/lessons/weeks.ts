/**
 * The model day each week the lessons name ends on ("week 12" is day 84), shared so that every lesson, case and
 * lecture scene means the same day by the same words.
 */
export const W8 = 56;
export const W12 = 84;
export const W14 = 98;
export const W16 = 112;
export const W20 = 140;
export const W24 = 168;
export const W32 = 224;
