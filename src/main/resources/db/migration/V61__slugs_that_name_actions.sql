-- A case or request titled with one of the words that name an action ("Edit", "Vote", "History") had that word as
-- its slug, so its own address, /cases/7/edit, opened the action instead of the page. New titles get "-1"
-- (Slugs.RESERVED); existing ones get the same here. A link with the old slug still reaches the page by its id
-- unless the word is an action's route, which is why the slug had to change.
update case_study
   set slug = slug || '-1'
 where slug in ('edit', 'offer', 'vote', 'unvote', 'follow', 'unfollow', 'reactions', 'replies', 'publish', 'return', 'takedown', 'history', 'revisions', 'withdraw');

update case_revision
   set slug = slug || '-1'
 where slug in ('edit', 'offer', 'vote', 'unvote', 'follow', 'unfollow', 'reactions', 'replies', 'publish', 'return', 'takedown', 'history', 'revisions', 'withdraw');

update request
   set slug = slug || '-1'
 where slug in ('edit', 'offer', 'vote', 'unvote', 'follow', 'unfollow', 'reactions', 'replies', 'publish', 'return', 'takedown', 'history', 'revisions', 'withdraw');
