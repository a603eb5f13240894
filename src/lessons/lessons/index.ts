import type { Lesson } from '../types';
import { casesLesson } from './cases';
import { dynorphinLesson } from './dynorphin';
import { gliaLesson } from './glia';
import { hcn2Lesson } from './hcn2';
import { managingLesson } from './managing';
import { nmdaLesson } from './nmda';
import { oihOrToleranceLesson } from './oih-or-tolerance';
import { paradoxLesson } from './paradox';
import { rvmLesson } from './rvm';

/** Every lesson, in teaching order (issue 7's nine). */
export const LESSONS: readonly Lesson[] = [
  paradoxLesson,
  nmdaLesson,
  rvmLesson,
  gliaLesson,
  dynorphinLesson,
  hcn2Lesson,
  oihOrToleranceLesson,
  managingLesson,
  casesLesson,
];
