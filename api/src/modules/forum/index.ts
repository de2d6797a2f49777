export { ForumThread } from './forum-thread.entity.js';
export { ForumPost } from './forum-post.entity.js';
