import type { pagesId } from './pages.id';

/** English for the privacy notice, accessibility statement, contact and complaints pages; spread into en.ts. */
export const pagesEn: { readonly [K in keyof typeof pagesId]: string } = {
  'footer.links.label': 'Information for citizens',
  'footer.links.privacy': 'Privacy',
  'footer.links.accessibility': 'Accessibility',
  'footer.links.contact': 'Contact',
  'footer.links.complaints': 'Formal complaints (SP4N-LAPOR!)',

  'pages.updated': 'Updated {date}.',

  'privacy.notice.title': 'Privacy notice',
  'privacy.notice.intro':
    'Suara is a regional government portal for rating public services. This page explains what is stored when you use Suara, why, for how long, who can see it, and how to ask for it to be erased, under Law No. 27 of 2022 on Personal Data Protection (UU PDP).',
  'privacy.notice.controller.heading': 'Who is responsible',
  'privacy.notice.controller.body':
    'Your rating is held by the city or regency government whose service you rated. The portal is run by its operator (see the Contact page).',
  'privacy.notice.stored.heading': 'What is stored',
  'privacy.notice.stored.scores': 'Your scores on the nine elements of the Community Satisfaction Survey (SKM), when you rated, and the service you rated.',
  'privacy.notice.stored.comment': 'Your comment, if you write one.',
  'privacy.notice.stored.profile': 'The SKM respondent profile (age group, gender, education, occupation), if you fill it in.',
  'privacy.notice.stored.contact': 'A contact (phone number or e-mail address), if you give one.',
  'privacy.notice.stored.hashes':
    'A trace of your network address and device, only as a one-way code (a salted HMAC), never the address itself. The same trace is kept for forum posts and content reports.',
  'privacy.notice.stored.receipt': 'A receipt code, so that you can track your rating.',
  'privacy.notice.stored.cookies':
    'Cookies: one cookie remembers the language you chose; signed-in staff get a session cookie. No advertising or third-party tracking cookies.',
  'privacy.notice.why.heading': 'Why',
  'privacy.notice.why.skm':
    'Scores and the respondent profile make up the Community Satisfaction Index under Regulation of the Minister of PANRB No. 14 of 2017, and are used to improve the service and the skills of the staff who deliver it.',
  'privacy.notice.why.comment': 'Comments are read by moderators, answered by the service unit and, once a moderator approves them, shown on the service page.',
  'privacy.notice.why.contact': 'Your contact is used only to send one e-mail when the unit answers your comment, if you ask for it.',
  'privacy.notice.why.hashes': 'Address traces are used only to limit abuse, such as many ratings from one network in a short time.',
  'privacy.notice.retention.heading': 'How long it is kept',
  'privacy.notice.retention.personal.one': 'Contacts and address traces are erased automatically {count} month after your rating or post.',
  'privacy.notice.retention.personal.other': 'Contacts and address traces are erased automatically {count} months after your rating or post.',
  'privacy.notice.retention.records':
    'Scores, comments, respondent profiles and receipt codes are kept as survey records, because the SKM and its reports need them. You can ask for their personal data to be erased at any time (see below).',
  'privacy.notice.who.heading': 'Who can see it',
  'privacy.notice.who.public': 'Everyone: comments approved by a moderator, the unit’s official answers, and average scores (never over fewer than 5 ratings).',
  'privacy.notice.who.moderators': 'The region’s moderators: every comment, including unpublished ones, to check them before publication.',
  'privacy.notice.who.staff': 'Unit officers, HR and the head of region: published comments and aggregate figures only.',
  'privacy.notice.who.contact': 'Your contact is shown on no page, not even to staff; in the e-mail outbox staff see it masked (w•••@example.id).',
  'privacy.notice.who.profile': 'The respondent profile is used only as totals in the SKM report, never per person.',
  'privacy.notice.deletion.heading': 'Asking for erasure',
  'privacy.notice.deletion.body':
    'Open the tracking page, enter your receipt code and choose “Delete my personal data”. A moderator of the region checks the request. If confirmed, the rating’s contact, comment, respondent profile and address traces are erased at once; your scores still count, without identity. If rejected, the reason appears on the tracking page and you may ask again.',
  'privacy.notice.deletion.link': 'Track a rating and ask for erasure',
  'privacy.notice.deletion.noCode':
    'Without the receipt code Suara cannot tell which rating is yours. You may also send the code to the regional government by letter or e-mail; a moderator records it in the same way.',
  'privacy.notice.deletion.stays':
    'The unit’s official answer stays: it is the unit’s record of accountability. Database backups made before an erasure still hold the data until those backups are discarded.',
  'privacy.notice.law.heading': 'Legal basis',
  'privacy.notice.law.pdp': 'Law No. 27 of 2022 on Personal Data Protection: your right to be informed, to access, and to ask for erasure of your personal data.',
  'privacy.notice.law.skm': 'Regulation of the Minister of PANRB No. 14 of 2017 on Guidelines for Community Satisfaction Surveys.',
  'privacy.notice.questions': 'Questions about your data?',
  'privacy.notice.questionsLink': 'Contact us',

  'a11y.title': 'Accessibility statement',
  'a11y.intro': 'Every citizen must be able to use Suara, including people with disabilities, on a phone or a computer, with or without JavaScript.',
  'a11y.target.heading': 'Target',
  'a11y.target.body': 'We aim for the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA on every citizen and staff page.',
  'a11y.tested.heading': 'What we test',
  'a11y.tested.axe': 'Every page, error pages and forms with errors included, is checked automatically with axe in a real Chromium: no violations found.',
  'a11y.tested.phone': 'Pages are tested at a screen width of 360 pixels, a small phone, as well as on a desktop screen.',
  'a11y.tested.keyboard': 'Everything works with a keyboard alone; a “Skip to main content” link starts every page.',
  'a11y.tested.noJs': 'Every citizen form works without JavaScript.',
  'a11y.tested.languages': 'Pages are available in Indonesian and English, with the page language marked for screen readers.',
  'a11y.limits.heading': 'Known limits',
  'a11y.limits.automatic': 'Automatic checks find only some problems; we do not yet test regularly with screen-reader users.',
  'a11y.limits.charts': 'Charts on the mayor’s and HR pages come with a table of the same figures; the charts themselves cannot be explored point by point.',
  'a11y.limits.explorer': 'The GraphQL explorer for staff uses a third-party component (GraphiQL) that we do not fully control.',
  'a11y.limits.pdf': 'SKM reports as PDF are not yet tagged for screen readers; their figures are also available as tables on each region’s open-data page.',
  'a11y.report.heading': 'Reporting a barrier',
  'a11y.report.body':
    'If a part of Suara does not work for you, tell us: which page, what you were trying to do, and the device or assistive technology you use.',
  'a11y.report.link': 'How to contact us',
  'a11y.report.complaint': 'If our answer is not good enough, you can complain through SP4N-LAPOR!.',
  'a11y.report.complaintLink': 'Formal complaints',

  'contact.title': 'Contact',
  'contact.intro': 'Where to take your question depends on what it is about.',
  'contact.rating.heading': 'About your rating',
  'contact.rating.body': 'Track your rating with its receipt code: it shows your comment’s status and the unit’s answer, and lets you ask for your personal data to be erased.',
  'contact.rating.link': 'Track a rating',
  'contact.regions.heading': 'Regional governments',
  'contact.regions.body':
    'Every service is run by a unit of a city or regency government. The region’s page lists all its service units and their services; each service’s page shows citizens’ comments and the unit’s official answers.',
  'contact.regions.empty': 'No regions are registered yet.',
  'contact.operator.heading': 'Portal operator',
  'contact.operator.body': 'For questions about this portal, your personal data or accessibility barriers:',
  'contact.operator.email': 'E-mail',
  'contact.operator.unset':
    'The operator of this portal has not published an e-mail address yet. Take your question to the regional government through its service units (above), or through SP4N-LAPOR!.',
  'contact.complaint.heading': 'Formal complaints',
  'contact.complaint.body': 'For a complaint that must be handled and followed up formally, use the national channel SP4N-LAPOR!.',
  'contact.complaint.link': 'Where to complain',

  'complaints.title': 'Formal complaints: SP4N-LAPOR!',
  'complaints.intro': 'A comment on Suara and a formal complaint are two different things. This page helps you choose the right one.',
  'complaints.suara.heading': 'Comments on Suara',
  'complaints.suara.body':
    'Your scores and comment on Suara are part of the Community Satisfaction Survey: moderators check them, the service unit answers (target: 5 working days), and the regional government uses them to improve the service and train its staff. A comment is not a case: nobody investigates it, it is not passed to another agency, and you get no decision on your case.',
  'complaints.lapor.heading': 'SP4N-LAPOR!',
  'complaints.lapor.body':
    'SP4N-LAPOR! (the National Public Service Complaint Management System – People’s Online Aspiration and Complaint Service) is Indonesia’s national channel for complaints about public services. Your complaint is passed to the agency responsible, which must follow it up, and you can follow it until it is closed. You may ask for your identity to be kept confidential.',
  'complaints.lapor.when': 'Use SP4N-LAPOR! when, for example:',
  'complaints.lapor.when.money': 'You were asked for money beyond the official fee (illegal levies).',
  'complaints.lapor.when.refused': 'A service was refused or delayed without reason, or took longer than promised.',
  'complaints.lapor.when.decision': 'You want a particular official’s decision or action examined.',
  'complaints.lapor.when.noAnswer': 'Your comment on Suara got no answer, or the answer did not solve the problem.',
  'complaints.lapor.link': 'Open SP4N-LAPOR! at www.lapor.go.id',
  'complaints.lapor.external': '(a central government site, outside Suara)',
  'complaints.ombudsman':
    'If your complaint is not followed up properly, the Ombudsman of the Republic of Indonesia takes reports of maladministration in public services.',
  'complaints.privacy': 'Do not write other people’s personal data, identity numbers or phone numbers in a comment on Suara: approved comments are shown to everyone.',
};
