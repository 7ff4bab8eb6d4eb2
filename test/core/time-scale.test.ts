import { Deadline, timeScale } from '#core/time-scale.js';

function withScale<T>(value: string | undefined, fn: () => T): T {
  const saved = process.env.RELEASE_KIT_TIME_SCALE;
  if (value === undefined) delete process.env.RELEASE_KIT_TIME_SCALE;
  else process.env.RELEASE_KIT_TIME_SCALE = value;
  try {
    return fn();
  } finally {
    if (saved === undefined) delete process.env.RELEASE_KIT_TIME_SCALE;
    else process.env.RELEASE_KIT_TIME_SCALE = saved;
  }
}

test('the time scale is a factor in [0, 1], anything else counts as 1', () => {
  expect(withScale(undefined, timeScale)).toBe(1);
  expect(withScale('0.01', timeScale)).toBe(0.01);
  expect(withScale('3', timeScale)).toBe(1);
  expect(withScale('soon', timeScale)).toBe(1);
});

test('a deadline is kept in input time whatever the scale', () => {
  let t = 1000;
  const now = () => t;
  const d = new Deadline(60_000, now, 0.01); // a 60 s wait-timeout at scale 0.01 lasts 600 ms of real time
  expect(d.leftMs()).toBe(60_000);
  t += 300;
  expect(d.passed()).toBe(false);
  expect(d.leftMs()).toBe(30_000);
  t += 300;
  expect(d.passed()).toBe(true);
  expect(d.leftMs()).toBe(0);
  const unscaled = new Deadline(500, now, 1);
  t += 499;
  expect(unscaled.leftMs()).toBe(1);
  expect(new Deadline(0, now, 1).passed()).toBe(true);
});
