/**
 * Notification icon used when the manifest has no icons yet: Chrome refuses a basic notification
 * without one. A 48×48 PNG (two white pause bars on a teal disc, drawn by a few lines of code, 380 bytes).
 */
export const FALLBACK_NOTIFICATION_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAABQ0lEQVR42t2awQ2EIBBFrcA52woFbBXcvc3FZI7e7cVauFuAdbjZhE0IURd3WeGPyb8YxP/igDBDQ8INsnJ32JKwIWFLwgMJj16Dv2d8m6oAXqYmEnYkvCXK+WdMSYD+oukzmP5OgFcoLBmMx1p8338D6Eh4/oPxWLN/V1aABwmvN5h/a/XvzAJgbzQey/4KUNJ8EsSnsNkq0eMqQHdzzKeMie4KwFyR+XB2SgKwFZo/HA97AEvFAMsngP5qp3tXjrYn6s8AHACAOwIw33zWAgBbuIoNASYggGkPwAEBuBig/XZmKASwvXd2P8V/YQATAlhAABsCDIAAQwgwAgKMqgDgQwh+EMNPo/A/MvilhIrFHPxyGn5Do2JLCb+pV5FWgU9sqUgtwid3VaTXVRQ4VJSYVBT5VJRZ1RS61Rw1UHPYo6ie+IBUqfWpC1gAAAAASUVORK5CYII=';
