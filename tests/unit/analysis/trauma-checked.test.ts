import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

/**
 * A crash or a fall told as checked since (lib/analysis/trauma-checked.ts): the A&E step the NHS asks for after a
 * serious accident is taken, so the accident raises `soon`, not `emergency`. Round 37 found Spotter raising an
 * emergency on every such post in the real sets, where readers gave none. A test named without its result, a check of
 * another part, a self-check, an old scan, or a fear of a break leaves the emergency where it was; so does any other
 * emergency sign told beside the check.
 */
describe('a crash told as checked since', () => {
  const read = (text: string) => assess(text, { rank: false });

  it.each([
    'Came off the bike at 40mph on Sunday and hit the tarmac hard. Ambulance took me in, x-rays showed no breaks, lower back is black and blue.',
    'Fell off a ladder from about 3 metres onto my back last week. Hospital did scans and found nothing, but my lower back still aches.',
    'Rear-ended at 50mph on the motorway on Friday. Went to A&E, the CT scan came back clear, they said whiplash and soft tissue, back stiff.',
    'Got hit by a car while running. X-rays at the hospital showed nothing broken in my spine, lower back bruised.',
    'Fell 4m bouldering and landed on my back. Diagnosed with a compression fracture of L1, in a brace for 8 weeks.',
    'Thrown from my horse and landed on my back on Saturday. Spent the night in A and E, MRI came back clear, lower back very sore.',
    'My husband fell off the roof onto his back two days ago. He was x-rayed at the hospital and they found nothing broken, his lower back is stiff.',
    'A car pulled out and I crashed at about 30mph, landed on my back. Went to the ER, they scanned me and the consultant said I had broken two vertebrae.',
  ])('raises a soon flag, not an emergency: %s', (text) => {
    const assessment = read(text);
    expect(assessment.triage).toBe('soon');
    expect(assessment.redFlags).toContainEqual(expect.objectContaining({ id: 'major_trauma', tier: 'soon', checked: true }));
  });

  it.each([
    'Came off the bike at 40mph yesterday and hit the tarmac hard. Lower back is agony. Do I need an x-ray?',
    'Fell off a ladder from about 3 metres onto my back. Should I get a scan or just rest it?',
    'Came off the motorbike at 60 on Saturday. A&E only looked at my wrist and sent me home, now my back is really painful.',
    'Came off the motorbike at 60 on Saturday. The hospital x-rayed my wrist, nothing broken, but now my back is really painful.',
    'T-boned at 40mph last night. Waited four hours at the hospital and left before being seen, back is sore today.',
    "Fell off the garage roof onto the patio, 3 metres. Nothing broken I don't think, lower back very sore.",
    'Had an MRI last year that showed a bulging disc. Yesterday I crashed at 40mph and landed on my lower back.',
    'Crashed at 40mph and landed on my back. I think I broke my back, waiting for the ambulance.',
    'Crashed at 40mph and landed on my back. If the x-rays show a fracture will I need surgery?',
    // Round 37's reviews: an instruction, a result not known, someone else's image, the back never imaged, an old image,
    // worse since, another fall after the check, a question, a test that says nothing of bones.
    'Fell off the shed roof onto my back this morning. Rang 111 and the doctor said I have to go to A&E. Really?',
    'Came off the bike at 40mph and landed on my lower back. Had an x-ray at the hospital, still waiting for the results.',
    'My son and I were rear-ended at 50mph. His x-rays showed nothing broken but I have not been seen, lower back agony.',
    'Rear-ended at 50mph on Friday, lower back wrecked. The x-rays were clear but they never scanned my back, only my hips.',
    'T-boned at 40mph yesterday, lower back bad. My old x-rays from a fall were all clear so probably nothing.',
    'Fell off a ladder onto my lower back on Monday. X-rays showed no fracture but since I got home it is far worse.',
    'Fell off a ladder onto my lower back on Monday, the MRI was clear. Last night I fell again down the stairs onto it.',
    'Came off the motorbike at 60 and landed on my lower back. Would an MRI show a fracture or only an x-ray?',
    'Got an MRI booked for next week after falling 3m onto my lower back at work. Rest till then?',
    'Fell off the climbing wall from the top onto my lower back. The physio did her tests and they were all normal.',
  ])('stays an emergency where the check is not told as done: %s', (text) => {
    expect(read(text).triage).toBe('emergency');
  });

  it('leaves any other emergency sign told beside the check an emergency', () => {
    const assessment = read(
      'Came off the bike at 40mph on Sunday and landed on my lower back. X-rays showed no breaks, but today both my legs feel numb.',
    );
    expect(assessment.triage).toBe('emergency');
    expect(assessment.redFlags).toContainEqual(expect.objectContaining({ id: 'both_legs_neuro', tier: 'emergency' }));
  });
});
