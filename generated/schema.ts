/**
 * TypeScript types of the iVvy batch API contract.
 * Generated from openapi.yaml by `npm run generate`. DO NOT EDIT: edit openapi.yaml and regenerate.
 */

export interface paths {
    "/api/1.0/batch?action=run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a batch of API calls
         * @description Stores 1 to 200 jobs and answers at once with the batch's `asyncId`.
         *     The jobs then run asynchronously, in order. When the batch is complete
         *     and a `callbackUrl` was given, the results are POSTed to it
         *     (see the `batchComplete` callback and the `BatchCallback` schema).
         *     Run is not idempotent: iVvy has no idempotency key, so a client must not
         *     retry it blindly.
         */
        post: operations["run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/batch?action=progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the progress of a batch
         * @description The percentage (0 to 100, fractions allowed) of the batch's jobs that have run.
         */
        post: operations["progress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/batch?action=results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the results of a completed batch
         * @description Every job's result, in the order the jobs were submitted. Available
         *     once the batch is complete, for two days after it was created.
         */
        post: operations["results"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/batch?action=restart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a completed batch again
         * @description On a completed batch: discards its results, resets progress to 0, runs
         *     every job again from the start and delivers a new callback at the end;
         *     answers `{"restarted": true}`. On a batch that is still running nothing
         *     changes and the answer is `{"restarted": false}`. `true` does not mean the
         *     jobs have started yet.
         */
        post: operations["restart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/batch?action=repost": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver a completed batch's callback again
         * @description Queues another delivery of the batch's callback (`{"reposted": true}`);
         *     `true` does not mean the callback has been delivered yet. A batch that
         *     was run without a `callbackUrl` answers `{"reposted": false}`. A batch
         *     that is still running gets 400 with 24114.
         */
        post: operations["repost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/test?action=ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check credentials, signing and clock
         * @description Takes no parameters (send an empty body, or `{}`) and answers with an
         *     acknowledgement that is the server's time in the iVvy timestamp format.
         *     A 200 proves the key, the secret and the signing are right; comparing
         *     `ack` with the local clock measures the skew that makes requests stale
         *     (23005) once it passes 5 minutes.
         */
        post: operations["ping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A batch identifier, as returned by run.
         * @example e35e06ee592d17a42dc9e6252a058617
         */
        AsyncId: string;
        /** @description One API call to run inside a batch. */
        Job: {
            /** @description The namespace of the call, e.g. `event`. */
            namespace: string;
            /** @description The action of the call, e.g. `inviteContacts`. */
            action: string;
            /** @description The call's parameters, as its own documentation gives them (may be empty). `[]` is read as `{}` before this schema applies (ivvy-sdk-php's jobs without parameters carry `"params":[]`; see "Decisions" in the description). */
            params: {
                [key: string]: unknown;
            };
        };
        RunRequest: {
            jobs: components["schemas"]["Job"][];
            /**
             * Format: uri
             * @description Where to POST the `BatchCallback` when the batch is complete. Optional; no callback without it. An absolute http or https URL, as sent.
             */
            callbackUrl?: string;
        };
        RunResponse: {
            asyncId: components["schemas"]["AsyncId"];
        };
        AsyncRef: {
            async: components["schemas"]["AsyncId"];
        };
        ProgressResponse: {
            /** @description Percentage of the batch's jobs that have run. The emulator answers the floor of done / total * 100; iVvy's may have a fraction. */
            progress: number;
        };
        /** @description The result of one job, in the position of that job in the batch. */
        BatchResult: {
            namespace: string;
            action: string;
            /** @description The job's `params`, as submitted. */
            request: {
                [key: string]: unknown;
            };
            response: components["schemas"]["JobResponse"];
        };
        /** @description The call's own response body on success (a JSON object, or for the actions whose pages answer one, a JSON array of objects), or an iVvy error envelope when the call failed. */
        JobResponse: components["schemas"]["ErrorEnvelope"] | {
            [key: string]: unknown;
        } | {
            [key: string]: unknown;
        }[];
        ResultsResponse: {
            asyncId: components["schemas"]["AsyncId"];
            results: components["schemas"]["BatchResult"][];
        };
        /** @description The body iVvy POSTs to a batch's `callbackUrl` when it is complete. */
        BatchCallback: {
            asyncId: components["schemas"]["AsyncId"];
            results: components["schemas"]["BatchResult"][];
        };
        RestartResponse: {
            restarted: boolean;
        };
        RepostResponse: {
            reposted: boolean;
        };
        /** @description Ping takes no parameters (`[]` is read as `{}`; see "Decisions" in the description). */
        PingRequest: {
            [key: string]: unknown;
        };
        /**
         * @description The acknowledgement. iVvy may add fields; a client should read `ack`
         *     and ignore the rest.
         */
        PingResponse: {
            /** @description The server's time in the iVvy timestamp format (UTC). */
            ack: string;
        } & {
            [key: string]: unknown;
        };
        /** @description iVvy's error body (https://developer.ivvy.com/getting-started/interpreting-the-response/exceptions). */
        ErrorEnvelope: {
            /** @description The HTTP status again (400, 401, 404, 429, 500, ...). */
            errorCode: number;
            message: string;
            /**
             * @description Identifies the failure. Documented codes: 23005 request is stale,
             *     23016 a parameter does not validate, 23017 a required parameter is
             *     missing, 24091 the batch was not saved, 24092 incorrect job format,
             *     24093 empty job parameter, 24105 could not find batch (progress,
             *     restart, repost), 24114 batch job not completed, 24115 could not find
             *     batch (results), 24448 more than 200 jobs. 0 where iVvy documents no code.
             */
            specificCode: number;
            additionalMessages?: string[];
        };
    };
    responses: {
        /**
         * @description The request is not authenticated: missing or malformed
         *     `X-Api-Authorization`, unknown key, wrong signature, `Content-MD5` that
         *     does not match the body (specific code 0), or a stale date (23005).
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description No such batch, or it has expired (24105). */
        BatchNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The request body is not `{"async": "<32 hex>"}` (23016, 23017). */
        InvalidAsyncRef: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The request body is larger than the server accepts. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The request body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * @description Rate limited, or turned away before being looked at because the server
         *     holds its limit (of request bodies in flight, of connections when a cap
         *     is set, or, on `run`, of stored batches): nothing was stored. Retry later,
         *     after `Retry-After` seconds when it is given.
         */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description An unexpected server failure. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: never;
    requestBodies: {
        /** @description The batch to act on. */
        AsyncRef: {
            content: {
                "application/json": components["schemas"]["AsyncRef"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    run: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunRequest"];
            };
        };
        responses: {
            /** @description The batch was stored; its jobs will run asynchronously. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunResponse"];
                };
            };
            /** @description The jobs are not valid. Nothing was stored. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            /** @description The batch could not be stored (24091). Whether it was is unknown to the client only if no response arrived at all. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    progress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["AsyncRef"];
        responses: {
            /** @description The batch's progress. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressResponse"];
                };
            };
            400: components["responses"]["InvalidAsyncRef"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["BatchNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    results: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["AsyncRef"];
        responses: {
            /** @description The batch's results, in submission order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultsResponse"];
                };
            };
            /** @description The batch is not complete yet (24114), or the request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such batch, or its results have expired (24115). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    restart: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["AsyncRef"];
        responses: {
            /** @description Whether the batch was restarted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestartResponse"];
                };
            };
            400: components["responses"]["InvalidAsyncRef"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["BatchNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    repost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["AsyncRef"];
        responses: {
            /** @description Whether a new delivery was queued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepostResponse"];
                };
            };
            /** @description The batch is not complete yet (24114), or the request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["BatchNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PingRequest"];
            };
        };
        responses: {
            /** @description The credentials and signature are valid. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PingResponse"];
                };
            };
            /** @description The body is not a JSON object (23016). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
}
