// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { applyPulledPage } from '../../data/apply-pulled-page';
import { createIdeaRepository } from '../../data/idea-repository';
import { saveEnrolment } from '../../data/sync-state-repository';
import { createTestEnvironment, openTestDatabase, testEnrolment } from '../../data/testing/test-database';
import { mergeIdeaChanges } from '../../domain/ideas/merge-idea';
import { formatHybridTimestamp } from '../../domain/shared/hybrid-logical-clock';
import { BoardScreen } from './board-screen';

const thisTablet = testEnrolment(1);
const otherTablet = testEnrolment(2);

/** A real idea repository on a fresh fake-IndexedDB database, enrolled as this tablet. */
async function createIdeas() {
  const db = openTestDatabase('board-screen');
  const environment = createTestEnvironment();
  await saveEnrolment(db, thisTablet, 'epoch-1');
  return { db, environment, ideas: createIdeaRepository(db, environment) };
}

const ideasList = () => within(screen.getByRole('region', { name: 'Ideas' }));
const ideaCard = (title: string) => within(screen.getByRole('article', { name: title }));

describe('BoardScreen', () => {
  it('says when there are no ideas yet', async () => {
    const { ideas } = await createIdeas();
    render(<BoardScreen ideas={ideas} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Improvement board' })).toBeInTheDocument();
    expect(await screen.findByText('No ideas yet')).toBeInTheDocument();
  });

  it('adds a new idea by its title, says it is saved and lists it', async () => {
    const user = userEvent.setup();
    const { ideas } = await createIdeas();
    render(<BoardScreen ideas={ideas} />);

    const newIdea = within(screen.getByRole('region', { name: 'New idea' }));
    await user.type(newIdea.getByRole('textbox', { name: 'Title' }), 'Quieter night-time drug rounds');
    await user.click(newIdea.getByRole('button', { name: 'Add idea' }));

    expect(await screen.findByText('Idea saved on this tablet')).toHaveAttribute('role', 'status');
    expect(newIdea.getByRole('textbox', { name: 'Title' })).toHaveValue('');
    expect(
      await ideasList().findByRole('heading', { name: 'Quieter night-time drug rounds' }),
    ).toBeInTheDocument();
  });

  it('asks for a title instead of adding an empty idea', async () => {
    const user = userEvent.setup();
    const { ideas } = await createIdeas();
    render(<BoardScreen ideas={ideas} />);

    const newIdea = within(screen.getByRole('region', { name: 'New idea' }));
    await user.click(newIdea.getByRole('button', { name: 'Add idea' }));

    const title = newIdea.getByRole('textbox', { name: 'Title' });
    expect(title).toHaveAccessibleDescription('Error: Enter a title for the idea');
    expect(title).toHaveFocus();
    expect(await ideas.list()).toEqual([]);
  });

  it("changes an idea's title", async () => {
    const user = userEvent.setup();
    const { ideas } = await createIdeas();
    await ideas.create({ title: 'Call bells' });
    render(<BoardScreen ideas={ideas} />);

    const card = await screen.findByRole('article', { name: 'Call bells' });
    const title = within(card).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Answer call bells within 2 minutes');
    await user.click(within(card).getByRole('button', { name: 'Save changes' }));

    expect(
      await screen.findByRole('article', { name: 'Answer call bells within 2 minutes' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Changes saved on this tablet')).toBeInTheDocument();
    expect((await ideas.list())[0]?.title).toBe('Answer call bells within 2 minutes');
  });

  it('shows in the idea history a title that lost to a change made at the same time on another tablet', async () => {
    const { db, environment, ideas } = await createIdeas();
    const created = await ideas.create({ title: 'Call bells' });
    if (!created.isOk) throw new Error(created.error);
    const idea = created.value;
    // What the server holds after two concurrent edits: this tablet's title won, the other's is kept.
    const stampAt = (offset: number, nodeId: string) =>
      formatHybridTimestamp({ wallTime: environment.now().getTime() + offset, counter: 0, nodeId });
    const merged = mergeIdeaChanges(idea, {
      title: {
        value: 'Answer call bells fast',
        stamp: stampAt(2000, thisTablet.deviceId),
        baseStamp: idea.fieldStamps.title,
      },
    });
    if (!merged.isOk) throw new Error(merged.error);
    const withConflict = mergeIdeaChanges(merged.value.idea, {
      title: {
        value: 'Call bells: fix the volume',
        stamp: stampAt(1000, otherTablet.deviceId),
        baseStamp: idea.fieldStamps.title,
      },
    });
    if (!withConflict.isOk) throw new Error(withConflict.error);
    await applyPulledPage(
      db,
      { changes: [{ seq: 1, recordType: 'idea', record: withConflict.value.idea }], nextCursor: 1 },
      environment.now(),
    );

    render(<BoardScreen ideas={ideas} thisDeviceId={thisTablet.deviceId} />);

    const card = await screen.findByRole('article', { name: 'Answer call bells fast' });
    const history = within(card).getByRole('region', { name: 'Idea history' });
    expect(history).toHaveTextContent('Title: “Call bells: fix the volume”');
    expect(history).toHaveTextContent(`from tablet ${otherTablet.deviceId.slice(-6)}`);
    expect(history).toHaveTextContent('kept from a change made at the same time on another tablet');
    expect(ideaCard('Answer call bells fast').getByRole('textbox', { name: 'Title' })).toHaveValue(
      'Answer call bells fast',
    );
  });

  it('shows no history for an idea without clashing changes', async () => {
    const { ideas } = await createIdeas();
    await ideas.create({ title: 'Call bells' });
    render(<BoardScreen ideas={ideas} />);

    const card = await screen.findByRole('article', { name: 'Call bells' });
    expect(within(card).queryByRole('region', { name: 'Idea history' })).not.toBeInTheDocument();
  });
});
