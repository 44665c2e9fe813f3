/**
 * The privacy checklist per platform, as data. Each item names the setting in the platform's own words,
 * the recommended value, and the page where it lives. PostPause only links to these pages: it never
 * reads or changes a site's settings itself.
 *
 * URLs were checked in November 2026 against the platforms' own front-end code and current public
 * guides; sites move settings often, so each entry says where its URL was seen. Settings that exist
 * only in the phone app have no `url`, just `where` (a button to a wrong page is worse than none).
 * Item ids are `<platform>/<check>` and are stored with their check dates: never rename one lightly.
 */
import type { CheckKind } from './checks.ts';

export type PlatformId =
  | 'facebook'
  | 'instagram'
  | 'x'
  | 'linkedin'
  | 'tiktok'
  | 'whatsapp'
  | 'threads'
  | 'reddit'
  | 'bluesky'
  | 'snapchat'
  | 'youtube';

export interface PlatformItem {
  check: CheckKind;
  /** The setting to look at, in the platform's own words. */
  what: string;
  /** The value PostPause recommends for school staff. */
  recommended: string;
  /** The settings page (https) that holds it; absent when the setting exists only in the app. */
  url?: string;
  /** Where the setting sits on that page or in the app ("Settings › Privacy › …"). */
  where?: string;
}

export interface PlatformDef {
  id: PlatformId;
  name: string;
  /** Where to start when an item has no page of its own (the app's web version or account portal). */
  home?: string;
  /**
   * URL prefixes of the platform's settings area: the on-page panel appears on these and lists the
   * items whose `url` is the page being shown (all the platform's items when none match exactly).
   */
  settingsPages: string[];
  /** Said once under the platform's name. */
  note?: string;
  items: PlatformItem[];
}

export const PLATFORMS: readonly PlatformDef[] = [
  {
    id: 'facebook',
    name: 'Facebook',
    settingsPages: ['https://www.facebook.com/settings', 'https://www.facebook.com/privacy/', 'https://accountscenter.facebook.com/'],
    items: [
      {
        check: 'audience',
        what: 'Who can see your future posts, and “Limit who can see past posts”',
        recommended: 'Friends (never Public); limit past posts to Friends',
        // Settings › Audience and visibility › Posts. ?tab=privacy is still Facebook's own link target
        // (seen in current automation scripts and privacy guides, 2026).
        url: 'https://www.facebook.com/settings/?tab=privacy',
        where: 'Settings › Audience and visibility › Posts',
      },
      {
        check: 'findability',
        what: 'Who can look you up using your email address or phone number',
        recommended: 'Only me (or Friends)',
        // Same page, "How people find and contact you".
        url: 'https://www.facebook.com/settings/?tab=privacy',
        where: 'How people find and contact you',
      },
      {
        check: 'search-engines',
        what: 'Do you want search engines outside of Facebook to link to your profile?',
        recommended: 'No',
        // Same page, "How people find and contact you".
        url: 'https://www.facebook.com/settings/?tab=privacy',
        where: 'How people find and contact you',
      },
      {
        check: 'requests',
        what: 'Who can send you friend requests',
        recommended: 'Friends of friends',
        // Same page, "How people find and contact you".
        url: 'https://www.facebook.com/settings/?tab=privacy',
        where: 'How people find and contact you',
      },
      {
        check: 'tagging',
        what: 'Review posts you’re tagged in before they appear on your profile, and review tags people add to your posts',
        recommended: 'On (both)',
        // Profile and tagging; the tab id is in Facebook's own settings navigation links (seen in extension code).
        url: 'https://www.facebook.com/settings/?tab=profile_and_tagging',
        where: 'Settings › Audience and visibility › Profile and tagging',
      },
      {
        check: 'location',
        what: 'Location services and location history; check-ins at home or school',
        recommended: 'Location history off; no check-ins at home or school',
        // Settings › Location (the long-standing tab id; the page itself sends you to the app where needed).
        url: 'https://www.facebook.com/settings/?tab=location',
        where: 'Settings › Location',
      },
      {
        check: 'two-factor',
        what: 'Two-factor authentication',
        recommended: 'On, with an authentication app or security key',
        // Meta Accounts Centre › Password and security › Two-factor authentication (seen in several current tools).
        url: 'https://accountscenter.facebook.com/password_and_security/two_factor',
        where: 'Accounts Centre › Password and security',
      },
      {
        check: 'apps',
        what: 'Apps and websites you have logged in to with Facebook',
        recommended: 'Remove any you no longer use',
        // Settings › Apps and websites (tab id used by many apps' "revoke access" instructions).
        url: 'https://www.facebook.com/settings/?tab=applications',
        where: 'Settings › Apps and websites',
      },
      {
        check: 'old-posts',
        what: 'Your activity log: old posts, photos and posts you are tagged in',
        recommended: 'Archive, delete or set to Friends anything that identifies your school, pupils or home',
        // Activity log; /me/ resolves to the signed-in profile (used by current activity-cleaner tools).
        url: 'https://www.facebook.com/me/allactivity',
        where: 'Your profile › … › Activity log',
      },
    ],
  },
  {
    id: 'instagram',
    name: 'Instagram',
    settingsPages: ['https://www.instagram.com/accounts/', 'https://accountscenter.instagram.com/'],
    items: [
      {
        check: 'audience',
        what: 'Private account',
        recommended: 'On: only followers you approve see your posts and stories',
        // Settings › Account privacy (web settings route).
        url: 'https://www.instagram.com/accounts/privacy_setting/',
        where: 'Settings › Who can see your content › Account privacy',
      },
      {
        check: 'search-engines',
        what: 'Allow public photos and videos to appear in search engine results',
        recommended: 'Off (or make the account private, which removes them)',
        // Shown on the same Account privacy page for public accounts.
        url: 'https://www.instagram.com/accounts/privacy_setting/',
        where: 'Settings › Account privacy',
      },
      {
        check: 'findability',
        what: 'Contact syncing and “Show account suggestions on profiles”',
        recommended: 'Contact syncing off; suggestions off',
        where: 'In the app: Settings › Accounts Centre › Your information and permissions › Upload contacts',
      },
      {
        check: 'tagging',
        what: 'Tags and mentions: who can tag you, and manually approve tags',
        recommended: 'People you follow; manual approval on',
        where: 'In the app: Settings › How others can interact with you › Tags and mentions',
      },
      {
        check: 'location',
        what: 'Location on posts and the Instagram Map',
        recommended: 'No location tags near home or school; share location with No one',
        where: 'In the app: Messages › Map › Settings',
      },
      {
        check: 'requests',
        what: 'Message requests from people you don’t follow',
        recommended: 'Don’t receive requests (or only from people you follow)',
        where: 'In the app: Settings › How others can interact with you › Messages and story replies',
      },
      {
        check: 'two-factor',
        what: 'Two-factor authentication',
        recommended: 'On, with an authentication app',
        // Accounts Centre › Password and security › Two-factor (seen in several current tools).
        url: 'https://accountscenter.instagram.com/password_and_security/two_factor/',
        where: 'Accounts Centre › Password and security',
      },
      {
        check: 'apps',
        what: 'Apps and websites with access to your account',
        recommended: 'Remove any you no longer use',
        // Settings › Apps and websites (seen in many apps' revoke-access instructions).
        url: 'https://www.instagram.com/accounts/manage_access/',
        where: 'Settings › Apps and websites',
      },
      {
        check: 'old-posts',
        what: 'Your activity: photos and videos you have posted',
        recommended: 'Archive or delete anything that identifies your school, pupils or home',
        // Your activity (the /your_activity/ routes are used by current activity tools).
        url: 'https://www.instagram.com/your_activity/photos_and_videos/posts',
        where: 'Your activity › Photos and videos',
      },
    ],
  },
  {
    id: 'x',
    name: 'X (Twitter)',
    settingsPages: ['https://x.com/settings/', 'https://twitter.com/settings/'],
    items: [
      {
        check: 'audience',
        what: 'Protect your posts',
        recommended: 'On: only approved followers see your posts (and search engines don’t)',
        // Privacy and safety › Audience, media and tagging (route in X's own settings bundle).
        url: 'https://x.com/settings/audience_and_tagging',
        where: 'Settings › Privacy and safety › Audience, media and tagging',
      },
      {
        check: 'tagging',
        what: 'Photo tagging',
        recommended: 'Off, or only people you follow',
        // Same page as protected posts.
        url: 'https://x.com/settings/audience_and_tagging',
        where: 'Audience, media and tagging › Photo tagging',
      },
      {
        check: 'findability',
        what: 'Let people who have your email address or phone number find you',
        recommended: 'Off (both)',
        // Privacy and safety › Discoverability and contacts (route in X's own settings navigation).
        url: 'https://x.com/settings/contacts',
        where: 'Settings › Privacy and safety › Discoverability and contacts',
      },
      {
        check: 'location',
        what: 'Add location information to your posts',
        recommended: 'Off, and remove location from past posts',
        // Privacy and safety › Your posts (route `/settings/your_tweets` in X's own bundle).
        url: 'https://x.com/settings/your_tweets',
        where: 'Settings › Privacy and safety › Your posts',
      },
      {
        check: 'requests',
        what: 'Allow message requests from',
        recommended: 'No one (people you follow can still message you)',
        // Privacy and safety › Direct messages.
        url: 'https://x.com/settings/direct_messages',
        where: 'Settings › Privacy and safety › Direct messages',
      },
      {
        check: 'two-factor',
        what: 'Two-factor authentication',
        recommended: 'On, with an authentication app or security key',
        // Security and account access › Security › Two-factor authentication.
        url: 'https://x.com/settings/account/login_verification',
        where: 'Settings › Security and account access › Security',
      },
      {
        check: 'apps',
        what: 'Connected apps',
        recommended: 'Revoke any you no longer use',
        // Security and account access › Apps and sessions › Connected apps.
        url: 'https://x.com/settings/connected_apps',
        where: 'Settings › Security and account access › Apps and sessions',
      },
      {
        check: 'old-posts',
        what: 'Your older posts (search “from:yourname” with a date range)',
        recommended: 'Delete anything that identifies your school, pupils or home',
        // Advanced search: X has no settings page for past posts.
        url: 'https://x.com/search-advanced',
        where: 'Advanced search › Accounts: from your account',
      },
    ],
  },
  {
    id: 'linkedin',
    name: 'LinkedIn',
    settingsPages: ['https://www.linkedin.com/mypreferences/', 'https://www.linkedin.com/public-profile/settings'],
    note: 'LinkedIn is where your employer is listed: keep what pupils and parents can see to a minimum.',
    items: [
      {
        check: 'audience',
        what: 'Visibility of your profile and network: who can see your connections and your email address',
        recommended: 'Connections: only you; email: 1st-degree connections at most',
        // Settings › Visibility (the settings area's own category route).
        url: 'https://www.linkedin.com/mypreferences/d/categories/privacy',
        where: 'Settings › Visibility › Visibility of your profile & network',
      },
      {
        check: 'findability',
        what: 'Profile discovery using email address and phone number',
        recommended: 'Nobody (or 1st-degree connections)',
        // Same Visibility page.
        url: 'https://www.linkedin.com/mypreferences/d/categories/privacy',
        where: 'Settings › Visibility › Profile discovery',
      },
      {
        check: 'search-engines',
        what: 'Your profile’s public visibility (what search engines and people not signed in see)',
        recommended: 'Off, or name and headline only',
        // "Edit public profile & URL" page (linked from every profile).
        url: 'https://www.linkedin.com/public-profile/settings',
        where: 'Your profile › Edit public profile & URL',
      },
      {
        check: 'two-factor',
        what: 'Two-step verification',
        recommended: 'On, with an authenticator app',
        // Settings › Sign in & security (category route used by current tools).
        url: 'https://www.linkedin.com/mypreferences/d/categories/sign-in-and-security',
        where: 'Settings › Sign in & security › Two-step verification',
      },
      {
        check: 'apps',
        what: 'Permitted services (apps you have allowed to use your account)',
        recommended: 'Remove any you no longer use',
        // Settings › Data privacy › Permitted services.
        url: 'https://www.linkedin.com/mypreferences/d/permitted-services',
        where: 'Settings › Data privacy › Permitted services',
      },
      {
        check: 'old-posts',
        what: 'Your posts, comments and reactions',
        recommended: 'Delete anything that names pupils or speaks for your school',
        // Activity page; /in/me/ resolves to the signed-in member.
        url: 'https://www.linkedin.com/in/me/recent-activity/all/',
        where: 'Your profile › Activity › Show all',
      },
    ],
  },
  {
    id: 'tiktok',
    name: 'TikTok',
    settingsPages: ['https://www.tiktok.com/setting'],
    items: [
      {
        check: 'audience',
        what: 'Private account',
        recommended: 'On',
        // Settings › Privacy (web settings route used by current tools).
        url: 'https://www.tiktok.com/setting/privacy',
        where: 'Settings › Privacy › Private account',
      },
      {
        check: 'findability',
        what: 'Suggest your account to others (contacts, Facebook friends, people with mutual connections)',
        recommended: 'Off (all)',
        // Same Privacy page.
        url: 'https://www.tiktok.com/setting/privacy',
        where: 'Settings › Privacy › Suggest your account to others',
      },
      {
        check: 'tagging',
        what: 'Who can mention or tag you',
        recommended: 'People you follow back, or No one',
        // Same Privacy page.
        url: 'https://www.tiktok.com/setting/privacy',
        where: 'Settings › Privacy › Mentions and tags',
      },
      {
        check: 'requests',
        what: 'Who can send you direct messages',
        recommended: 'Friends, or No one',
        // Settings › Privacy › Direct messages (route used by current tools).
        url: 'https://www.tiktok.com/setting/privacy/direct-messages',
        where: 'Settings › Privacy › Direct messages',
      },
      {
        check: 'location',
        what: 'Location services and location on posts',
        recommended: 'Off',
        where: 'In the app: Settings and privacy › Location',
      },
      {
        check: 'two-factor',
        what: '2-step verification',
        recommended: 'On',
        // Settings › Security (route used by current tools).
        url: 'https://www.tiktok.com/setting/account/security',
        where: 'Settings › Security › 2-step verification',
      },
      {
        check: 'old-posts',
        what: 'Who can view your older videos',
        recommended: 'Friends or Only you for anything that identifies your school, pupils or home',
        where: 'In the app: Profile › a video › … › Privacy settings',
      },
    ],
  },
  {
    id: 'whatsapp',
    name: 'WhatsApp',
    home: 'https://web.whatsapp.com/',
    // WhatsApp Web has no separate settings pages: everything is inside the one app page.
    settingsPages: [],
    note: 'WhatsApp keeps its settings inside the app (Settings › Privacy), on your phone or in WhatsApp Web.',
    items: [
      {
        check: 'audience',
        what: 'Profile photo, About, Last seen and online, Status',
        recommended: 'My contacts (or Nobody)',
        where: 'Settings › Privacy',
      },
      {
        check: 'requests',
        what: 'Groups: who can add you',
        recommended: 'My contacts (so a parents’ group needs your say-so)',
        where: 'Settings › Privacy › Groups',
      },
      {
        check: 'location',
        what: 'Live location',
        recommended: 'Not sharing in any chat',
        where: 'Settings › Privacy › Live location',
      },
      {
        check: 'two-factor',
        what: 'Two-step verification PIN',
        recommended: 'On',
        where: 'On your phone: Settings › Account › Two-step verification',
      },
      {
        check: 'apps',
        what: 'Linked devices',
        recommended: 'Log out any device you don’t recognise',
        where: 'On your phone: Settings › Linked devices',
      },
    ],
  },
  {
    id: 'threads',
    name: 'Threads',
    settingsPages: ['https://www.threads.com/settings', 'https://www.threads.net/settings'],
    note: 'Threads signs in with your Instagram account: two-factor and connected apps are checked under Instagram.',
    items: [
      {
        check: 'audience',
        what: 'Private profile',
        recommended: 'On',
        // Settings › Privacy (threads.com since 2025; threads.net redirects).
        url: 'https://www.threads.com/settings/privacy',
        where: 'Settings › Privacy › Private profile',
      },
      {
        check: 'tagging',
        what: 'Who can mention you',
        recommended: 'Profiles you follow',
        // Same Privacy page.
        url: 'https://www.threads.com/settings/privacy',
        where: 'Settings › Privacy › Mentions',
      },
      {
        check: 'old-posts',
        what: 'Your older threads and replies',
        recommended: 'Delete anything that identifies your school, pupils or home',
        where: 'Your profile › Threads and Replies',
      },
    ],
  },
  {
    id: 'reddit',
    name: 'Reddit',
    settingsPages: ['https://www.reddit.com/settings'],
    items: [
      {
        check: 'audience',
        what: 'Content and activity visibility on your profile; a display name that doesn’t identify you',
        recommended: 'Hide posts and comments from your profile; no real name or school',
        // User settings › Profile.
        url: 'https://www.reddit.com/settings/profile',
        where: 'Settings › Profile',
      },
      {
        check: 'search-engines',
        what: 'Show up in search results',
        recommended: 'Off',
        // User settings › Privacy › Discoverability.
        url: 'https://www.reddit.com/settings/privacy',
        where: 'Settings › Privacy › Discoverability',
      },
      {
        check: 'requests',
        what: 'Who can send you chat requests and inbox messages',
        recommended: 'Accounts older than 30 days at most, or people you choose',
        // Same Privacy page, "Social interactions".
        url: 'https://www.reddit.com/settings/privacy',
        where: 'Settings › Privacy › Social interactions',
      },
      {
        check: 'apps',
        what: 'Third-party app authorisations',
        recommended: 'Remove any you no longer use',
        // Same Privacy page, "Advanced".
        url: 'https://www.reddit.com/settings/privacy',
        where: 'Settings › Privacy › Advanced',
      },
      {
        check: 'location',
        what: 'Location customisation',
        recommended: 'No location specified',
        // User settings › Account › General.
        url: 'https://www.reddit.com/settings/account',
        where: 'Settings › Account › Location customization',
      },
      {
        check: 'two-factor',
        what: 'Two-factor authentication',
        recommended: 'On, with an authenticator app',
        // User settings › Account › Account authorization.
        url: 'https://www.reddit.com/settings/account',
        where: 'Settings › Account › Two-factor authentication',
      },
    ],
  },
  {
    id: 'bluesky',
    name: 'Bluesky',
    settingsPages: ['https://bsky.app/settings', 'https://bsky.app/messages/settings'],
    note: 'Bluesky has no private accounts: every post is public, so what you post is the main setting.',
    items: [
      {
        check: 'search-engines',
        what: 'Logged-out visibility (discourage apps from showing your account to people not signed in)',
        recommended: 'On',
        // Settings › Privacy and security (route seen in many current guides).
        url: 'https://bsky.app/settings/privacy-and-security',
        where: 'Settings › Privacy and security › Logged-out visibility',
      },
      {
        check: 'two-factor',
        what: 'Two-factor authentication (email)',
        recommended: 'On',
        // Same page.
        url: 'https://bsky.app/settings/privacy-and-security',
        where: 'Settings › Privacy and security › Two-factor authentication',
      },
      {
        check: 'apps',
        what: 'App passwords',
        recommended: 'Delete any you no longer use',
        // Settings › Privacy and security › App passwords (own route).
        url: 'https://bsky.app/settings/app-passwords',
        where: 'Settings › Privacy and security › App passwords',
      },
      {
        check: 'requests',
        what: 'Allow new messages from',
        recommended: 'Users I follow, or No one',
        // Chat settings (the Messages screen's settings route).
        url: 'https://bsky.app/messages/settings',
        where: 'Messages › Settings',
      },
      {
        check: 'old-posts',
        what: 'Your posts and replies',
        recommended: 'Delete anything that identifies your school, pupils or home',
        where: 'Your profile › Posts and Replies',
      },
    ],
  },
  {
    id: 'snapchat',
    name: 'Snapchat',
    home: 'https://accounts.snapchat.com/',
    // The account portal (accounts.snapchat.com) holds no privacy settings: no on-page panel there.
    settingsPages: [],
    note: 'Snapchat’s privacy settings are in the app (tap your Bitmoji, then the gear).',
    items: [
      {
        check: 'audience',
        what: 'Contact me and View my story',
        recommended: 'My friends',
        where: 'In the app: Settings › Privacy Controls',
      },
      {
        check: 'location',
        what: 'See my location (Snap Map)',
        recommended: 'Ghost Mode on',
        where: 'In the app: Settings › Privacy Controls › See my location',
      },
      {
        check: 'findability',
        what: 'Show me in Quick Add, and find me by my phone number',
        recommended: 'Off',
        where: 'In the app: Settings › Privacy Controls › Show me in Quick Add',
      },
      {
        check: 'two-factor',
        what: 'Two-factor authentication',
        recommended: 'On, with an authentication app',
        where: 'In the app: Settings › My account › Two-factor authentication',
      },
      {
        check: 'apps',
        what: 'Connected apps',
        recommended: 'Remove any you no longer use',
        where: 'In the app: Settings › Privacy Controls › Connected apps',
      },
    ],
  },
  {
    id: 'youtube',
    name: 'YouTube',
    settingsPages: [
      'https://www.youtube.com/account',
      'https://studio.youtube.com/',
      // Only the two Google Account pages the checklist links to: the rest of Google is not YouTube.
      'https://myaccount.google.com/signinoptions/',
      'https://myaccount.google.com/connections',
    ],
    items: [
      {
        check: 'audience',
        what: 'Keep all my subscriptions private; keep saved playlists private',
        recommended: 'On',
        // YouTube settings › Privacy (long-standing route).
        url: 'https://www.youtube.com/account_privacy',
        where: 'Settings › Privacy',
      },
      {
        check: 'old-posts',
        what: 'Visibility of your uploaded videos',
        recommended: 'Private or deleted for anything showing your school, pupils or home',
        // YouTube Studio › Content.
        url: 'https://studio.youtube.com/',
        where: 'YouTube Studio › Content',
      },
      {
        check: 'two-factor',
        what: 'Google 2-Step Verification',
        recommended: 'On',
        // Google Account › Security (route used by Google's own help and many tools).
        url: 'https://myaccount.google.com/signinoptions/two-step-verification',
        where: 'Google Account › Security › 2-Step Verification',
      },
      {
        check: 'apps',
        what: 'Third-party apps and services connected to your Google account',
        recommended: 'Remove any you no longer use',
        // Google Account › Security › Your connections to third-party apps & services.
        url: 'https://myaccount.google.com/connections',
        where: 'Google Account › Security › Third-party apps & services',
      },
    ],
  },
] satisfies PlatformDef[];

export const PLATFORM_IDS: readonly PlatformId[] = PLATFORMS.map((p) => p.id);

export function isPlatformId(id: string): id is PlatformId {
  return (PLATFORM_IDS as readonly string[]).includes(id);
}

export function platformById(id: PlatformId): PlatformDef {
  return PLATFORMS.find((p) => p.id === id)!;
}

/** `<platform>/<check>`: the key a check date is stored under. */
export type ItemId = `${PlatformId}/${CheckKind}`;

export function itemId(platform: PlatformId, check: CheckKind): ItemId {
  return `${platform}/${check}`;
}
