// A project team shares out its work and takes a decision, on phones:
// 1. the demo representative of Taliouine adds the demo engineer to her commune's project team,
//    puts a proposal to the vote with a deadline half a minute ahead, votes for it, and gives
//    the engineer a task with a due day;
// 2. the engineer finds it on "My tasks", marks it done on the team's task list, and votes for the
//    proposal with her reason;
// 3. the deadline passes (real time: the browser drives the real server, whose clock is the
//    system's; the server is started with a 10-second minimum notice instead of a minute so the
//    journey waits less): the decision log shows it adopted, and the activity timeline tells the
//    join, the task done and the decision — in French, then in Arabic, right to left.
import { signIn, signOut } from './support/accounts.mjs';
import { journey, check } from './support/journey.mjs';
import { startComdev } from './support/server.mjs';

const PROPOSAL = 'Retenir le bureau d’études de Taroudant';
const TASK = 'Relever les débits des trois sources';

await journey(async ({ page, baseUrl, screenshot, server }) => {
  const { representative: rep, expert } = server.demoAccounts;

  // 1. The representative: the team, a proposal, her vote, a task.
  await signIn(page, baseUrl, rep, rep.password);
  await page.goto(`${baseUrl}/try`);
  await page.locator('a', { hasText: 'Commencer ici' }).first().click();
  await page.waitForURL(/\/projects\/\d+$/);
  const projectPath = new URL(page.url()).pathname;
  await page.goto(`${baseUrl}${projectPath}/team`);
  const add = page.locator(`form[action="${projectPath}/team/members"]`);
  await add.locator('input[name=email]').fill(expert.email);
  await add.locator('select[name=role_kind]').selectOption('expert');
  await add.locator('button[type=submit]').click();
  await page.waitForURL(/\?done=added$/);

  await page.locator(`a[href="${projectPath}/decisions"]`).first().click();
  await page.waitForURL(`${baseUrl}${projectPath}/decisions`);
  const deadline = new Date(Date.now() + 30_000);
  await page.fill('#p-title', PROPOSAL);
  await page.fill('#p-body', 'Le devis le plus **complet** des trois, livré en six semaines.');
  await page.fill('#p-deadline', deadline.toISOString().slice(0, 19));
  await page.fill('#p-quorum', '2');
  await page.locator(`form[action="${projectPath}/decisions"] button[type=submit]`).click();
  await page.waitForURL(/\/decisions\/\d+\?done=proposed$/);
  const decisionPath = new URL(page.url()).pathname;
  check(await page.locator('.markdown strong', { hasText: 'complet' }).count() === 1, 'the proposal is rendered Markdown');
  await page.check('input[name=choice][value=agree]');
  await page.fill('#v-reason', 'Le calendrier tient avant l’été.');
  await page.locator(`form[action="${decisionPath}/vote"] button[type=submit]`).click();
  await page.waitForURL(/\?done=voted$/);
  check((await page.locator('.vote-list').textContent()).includes('calendrier tient'), 'her vote and reason are shown');

  await page.goto(`${baseUrl}${projectPath}/tasks`);
  await page.fill('#k-title', TASK);
  const owner = page.locator('#k-owner option', { hasText: 'Nadia Ouhammou' });
  await page.selectOption('#k-owner', await owner.getAttribute('value'));
  await page.fill('#k-due', '2030-06-30');
  await page.locator(`form.task-form button[type=submit]`).click();
  await page.waitForURL(/\?done=created#t\d+$/);
  const anchor = new URL(page.url()).hash;
  check((await page.locator(anchor).textContent()).includes('Nadia Ouhammou'), 'the task is hers');
  await screenshot('workspace-tasks-carrier-fr');
  await signOut(page, baseUrl);

  // 2. The engineer: her task, done; her vote.
  await signIn(page, baseUrl, expert, expert.password);
  await page.goto(`${baseUrl}/account`);
  await page.locator('a[href="/me/tasks"]').click();
  await page.waitForURL(`${baseUrl}/me/tasks`);
  check((await page.locator('.task-list').textContent()).includes(TASK), 'the task is on My tasks');
  await screenshot('workspace-my-tasks-fr');
  await page.locator(`.task-list a[href$="${anchor}"]`).click();
  await page.locator(`${anchor} button[value=done]`).click();
  await page.waitForURL(/\?done=moved#t\d+$/);
  check((await page.locator(`${anchor} .task-status`).textContent()).includes('Terminée'), 'the task is done');

  await page.goto(`${baseUrl}${decisionPath}`);
  await page.check('input[name=choice][value=agree]');
  await page.fill('#v-reason', 'Leur hydrogéologue connaît la vallée.');
  await page.locator(`form[action="${decisionPath}/vote"] button[type=submit]`).click();
  await page.waitForURL(/\?done=voted$/);
  check(await page.locator('.vote-list li').count() === 2, 'two votes');
  await screenshot('workspace-decision-open-fr');

  // 3. The deadline passes; the outcome is in the log and on the timeline.
  const wait = deadline.getTime() - Date.now() + 1_500;
  if (wait > 0) await page.waitForTimeout(wait);
  await page.goto(`${baseUrl}${projectPath}/decisions`);
  const taken = await page.locator('.decisions-taken').textContent();
  check(taken.includes(PROPOSAL) && taken.includes('adoptée'), `the decision log shows it adopted: ${taken}`);
  await screenshot('workspace-decision-log-fr');
  await page.goto(`${baseUrl}${projectPath}/activity`);
  const timeline = await page.locator('.timeline').textContent();
  check(timeline.includes('Décision adoptée'), `the timeline tells the decision: ${timeline}`);
  check(timeline.includes('a terminé la tâche'), 'the timeline tells the task done');
  check(timeline.includes('a rejoint l’équipe') || timeline.includes("a rejoint l'équipe"), 'the timeline tells the join');
  await screenshot('workspace-activity-fr');

  await page.goto(`${baseUrl}/lang/ar?next=${encodeURIComponent(`${projectPath}/decisions`)}`);
  await page.waitForURL(`${baseUrl}${projectPath}/decisions`);
  check(await page.locator('html').getAttribute('dir') === 'rtl', 'the Arabic page is right to left');
  check((await page.locator('.decisions-taken').textContent()).includes('معتمد'), 'adopted, in Arabic');
  await screenshot('workspace-decision-log-ar');
  await page.goto(`${baseUrl}${projectPath}/activity`);
  check((await page.locator('.timeline').textContent()).includes('تم اعتماد القرار'), 'the timeline in Arabic');
  await screenshot('workspace-activity-ar');
  await page.goto(`${baseUrl}${projectPath}/tasks`);
  await screenshot('workspace-tasks-ar');
}, { startServer: () => startComdev({ env: { COMDEV_DECISION_NOTICE_SECONDS: '10' } }) });
