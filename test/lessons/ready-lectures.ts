import { LANDMARK_LECTURE } from '../../src/lessons/landmark-lecture';
import { READY_LECTURE, type Lecture } from '../../src/lessons/lectures';

/** Every ready-made lecture: the 15-minute one and the landmark experiments (issue 20). */
export const LECTURES: readonly Lecture[] = [READY_LECTURE, LANDMARK_LECTURE];

/** "lecture › scene" for the 15-minute lecture (as before), "landmark-experiments › scene" for the other. */
export const sceneWhere = (lecture: Lecture, sceneId: string): string =>
  `${lecture === READY_LECTURE ? 'lecture' : lecture.id} › ${sceneId}`;
