export { ForumThread } from './forum-thread.entity.js';
export { ForumPost } from './forum-post.entity.js';
export { ForumThreadView, ForumPostView } from './forum.types.js';
export { ForumResolver, ForumThreadResolver, ForumPostResolver, ServiceForumResolver, UnitForumResolver } from './forum.resolver.js';
export { postsLoader, threadsLoader, THREAD_PUBLIC, threadStats, answeredOf } from './forum-read.service.js';
