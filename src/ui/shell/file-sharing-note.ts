import { deployWords } from '../../content/deploy-words';
import { el } from '../kit/dom';
import './offline.css';

/**
 * Stands where "Copy link" is in the single file (isSingleFile()): a link there would point at a file on this
 * computer, so the note says how to share instead — by scenario file, which the Scenario tab saves and opens.
 */
export function createFileSharingNote(): HTMLElement {
  return el(
    'p',
    { class: 'file-sharing-note', title: deployWords.singleFileSharing },
    deployWords.singleFileSharingShort,
  );
}
