package io.influxcheck.core.diagnosis;

/** What an InfluxDB answer says, read from its status and exact body text. */
enum Signal {
  /** 2.x {@code 401 {"code":"unauthorized","message":"unauthorized access"}}: no or unknown token. */
  V2_UNAUTHORIZED_ACCESS,
  /** 2.x v1-compat {@code 401 {"code":"unauthorized","message":"Unauthorized"}}: user/password or token rejected on /query. */
  V2_COMPAT_UNAUTHORIZED,
  /** 2.x permission check with a disabled token: {@code token is inactive}. */
  V2_TOKEN_INACTIVE,
  /** 2.x {@code 403 User is inactive}. */
  V2_USER_INACTIVE,
  /** 2.x {@code read:orgs/…/buckets/… is unauthorized}, {@code none of […] is authorized}, {@code insufficient permissions}. */
  V2_PERMISSION_DENIED,
  /** 2.x {@code organization name "x" not found} or {@code organization not found}. */
  V2_ORG_NOT_FOUND,
  /** 2.x {@code Please provide either orgID or org}. */
  V2_ORG_REQUIRED,
  /** 2.x {@code could not find bucket "x"} (Flux) or {@code bucket "x" not found} (buckets API). */
  V2_BUCKET_NOT_FOUND,
  /** 1.x {@code unable to parse authentication credentials}: nothing usable sent (a 2.x-style token included). */
  V1_NO_CREDENTIALS,
  /** 1.x {@code username required}. */
  V1_USERNAME_REQUIRED,
  /** 1.x {@code authorization failed}: wrong user or password. */
  V1_AUTHORIZATION_FAILED,
  /** 1.x {@code bearer auth disabled}. */
  V1_BEARER_DISABLED,
  /** 1.x {@code 403 error authorizing query: <u> not authorized to execute statement …, requires READ on <db>}. */
  V1_NOT_AUTHORIZED,
  /** 1.x {@code create admin user first or disable authentication}. */
  V1_NO_ADMIN_USER,
  /** 1.8 {@code 403 Flux query service disabled…}. */
  V1_FLUX_DISABLED,
  /** 3.x {@code 401 {"error": "the request was not authenticated"}}. */
  V3_UNAUTHENTICATED,
  /** 3.x {@code 403 requestor is forbidden from requested resource}. */
  V3_FORBIDDEN,
  /** 3.x {@code 400 Authorization header was malformed…}. */
  V3_AUTH_MALFORMED,
  /** {@code database not found: x} (1.x/2.x statement error) or 3.x {@code Database x not found}. */
  DATABASE_NOT_FOUND,
  /** A route the server does not have: Go's {@code 404 page not found} or 3.x's plain {@code Not found}. */
  NO_SUCH_ROUTE,
  /** Anything else. */
  OTHER
}
