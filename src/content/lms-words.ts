/**
 * Words of the LMS bridge (issue 22): what a learner is told, quietly, when the course (a SCORM 1.2 LMS) does
 * not take or give back their progress. Loaded with the lessons, never in the first bundle.
 */
export const lmsWords = {
  noticeTitle: 'Course record:',
  problem:
    'the course did not accept part of your progress, so it may not show all of it. You can carry on: your progress is still saved in this browser.',
  suspendIgnored:
    'your progress saved in the course could not be read (it may be from another version of the lab), so those lessons start from the beginning. Your progress in this browser and your settings are kept.',
} as const;
