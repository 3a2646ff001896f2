/**
 * The iVvy batch API contract (openapi.yaml) as a JavaScript object.
 * Generated from openapi.yaml by `npm run generate`. DO NOT EDIT: edit openapi.yaml and regenerate.
 */

export const openapiDocument: Record<string, unknown> = {
  "openapi": "3.0.3",
  "info": {
    "title": "iVvy Batch API",
    "version": "1.0",
    "description": "The `batch` namespace of the iVvy API, plus `test?action=ping`, as a\nhand-written contract. It is the single source of truth of this package:\nthe TypeScript types in `generated/`, the request/response validators of\nthe emulator, the callback receiver and the contract tests are all derived\nfrom this file.\n\n## Shape of the API\niVvy is RPC over HTTP: every call is `POST /api/1.0/{namespace}?action={action}`\nwith a JSON body. OpenAPI cannot give two operations on one path different\nquery values, so each action is its own path key with the query string in it\n(`/api/1.0/batch?action=run`, ...). Tools that route on the path alone (Prism)\nneed `?action=` rewritten to `%3Faction%3D` in front of them; see the README.\n\n## Batches\n`run` takes 1 to 200 jobs (`{namespace, action, params}`), answers at once\nwith an `asyncId`, and executes the jobs asynchronously, in order. `progress`\nreports the percentage of jobs done (a number from 0 to 100); `results` returns every job's\nresult in submission order once the batch is complete. Results are kept for\ntwo days after the batch was created; after that the batch is gone and every\naction answers as for an unknown batch. Requests name the batch `async`;\nresponses and callbacks name it `asyncId`.\n\n## Errors\nEvery non-2xx response is the iVvy error envelope (`ErrorEnvelope`): the HTTP\nstatus again as `errorCode`, a message, and a `specificCode` that identifies\nthe failure. Codes documented by iVvy are used where they exist. Where the\niVvy documentation names no code, this contract uses `0` (\"no specific code\")\nso that clients can still rely on the field being present.\n\n## Decisions where the iVvy documentation is silent\nThese are marked `x-decision` where they apply and are honoured by the\nemulator, the client and the tests of this package. The rule: as strict as\niVvy, no stricter; where the docs are silent, accept what iVvy's own SDKs\n(ivvy-sdk-js 0.0.3, ivvy-sdk-net) send and understand what they expect back.\n- The signing headers (`X-Api-Authorization`, `Content-MD5`, `IVVY-Date` or\n  `Date`, `X-Api-Version`) are security schemes, not operation parameters, so\n  that generated clients sign in one request hook instead of taking them as\n  arguments of every call (the `x-decision` on `IWS`; docs/generators.md).\n- `X-Api-Version` is optional: iVvy's request-header pages do not list it, and\n  the .NET SDK never sends it. The version that is signed is the one in the\n  URL (`/api/1.0/`); a header that is present must say `1.0`.\n- An empty body is a request with no parameters (both SDKs ping with an empty\n  body; the .NET SDK sends one for any call without request data): `ping`\n  answers it, other actions answer as for a missing parameter (23017).\n  `Content-MD5` is then the MD5 of zero bytes.\n- An empty JSON array `[]` is no parameters, wherever parameters are expected:\n  as a request body (ping's or any action's) and as a job's `params`. Evidence:\n  iVvy's PHP SDK (ivvy-sdk-php) encodes with `json_encode`, so its `ping()` sends\n  the body `[]` and its samples run `test.ping` jobs with `\"params\":[]`; it was\n  used against the live service, and a PHP server reading JSON with\n  `json_decode($body, true)` sees `[]` and `{}` as the same empty array. A\n  non-empty array is still not parameters (23016 as a body, 24092 as `params`).\n  The schemas here describe a body after that reading, as a PHP server sees\n  it: the emulator reads `[]` as `{}` before it validates (a job's `params`\n  are stored and echoed as `{}`), and the Prism mock rewrites it so before\n  Prism sees the body.\n- A job's `response` may be a JSON array of objects, as four of iVvy's action\n  pages answer (contact.addContactsToSubscriptionGroup and three more; the\n  `x-decision` on `JobResponse`; docs/catalog.md).\n- A job's `params` may hold parameters its action's page does not list: the\n  client's catalog check, the CLI's and the emulator accept them alike (the\n  `x-decision` on `Job.params`; docs/catalog.md).\n- `callbackUrl` is optional: the .NET SDK leaves null values out, so a run\n  without a callback reaches iVvy with no `callbackUrl` key. Without it no\n  callback is made and `repost` answers `{\"reposted\": false}`.\n- An unknown, malformed-but-well-typed or expired batch id gets **404**:\n  `24105` on progress, restart and repost, `24115` on results.\n- `results` on a batch that is still running gets **400** with `24114`;\n  so does `repost`, since there is nothing to deliver yet.\n- `restart` on a batch that is still running changes nothing and answers\n  `{\"restarted\": false}`; on a completed batch it discards the results,\n  resets progress to 0, runs every job again from the start and delivers a\n  new callback when done (`{\"restarted\": true}`).\n- `asyncId` is 32 lowercase hexadecimal characters, as in every iVvy example.\n- Limits (iVvy documents none; the emulator needs them to stay up): a run while\n  the key's stored batches hold the server's limit, or a request body that would\n  pass the bytes the server buffers across requests in flight, gets **429** with\n  `Retry-After` (see `TooManyRequests`); a body not complete within the server's\n  read timeout gets 400 `23016`; a number that is not finite (`1e400`) gets 400\n  `23016`, naming the parameter; a body nested deeper than 64 levels (arrays\n  and objects) gets 400 `23016` (job params of real iVvy calls are a few\n  levels deep; deeper JSON would overflow a server's recursive code). A body\n  that is not JSON gets 400 `23016` with this envelope, from the emulator and\n  from the Prism mock alike.\n- Job validation: a job that is not an object with exactly the keys\n  `namespace`, `action` and `params` (strings, strings, object) is `24092`;\n  an empty `namespace` or `action` is `24093`; more than 200 jobs is `24448`;\n  `jobs` missing is `23017`; `jobs` not an array, or an empty array, is `23016`.\n- Bodies that are not JSON objects get 400 `23016`. A non-empty body whose\n  content type is not `application/json` (any parameters, such as\n  `; charset=utf-8`, allowed) gets 415, and a body over the server's size\n  limit gets 413, both with specific code `0`: iVvy documents neither status\n  nor a code for them, and `0` says \"no specific code\" so that clients can\n  rely on the field.\n- `ping` answers `{\"ack\": \"<server time>\"}` in the iVvy timestamp format: the\n  test page describes an ack carrying the server's timestamp, and the .NET\n  SDK reads the answer as `Pong { ack: DateTime }`.\n- `progress` is a number from 0 to 100: the docs' example is an integer and\n  the .NET SDK reads it as a float, so clients accept fractions.\n- `errorCode` and `specificCode` are integers in every iVvy example; the .NET\n  SDK reads both as strings, so this package's client also accepts numeric\n  strings and normalises them to numbers.\n",
    "license": {
      "name": "MIT",
      "url": "https://opensource.org/licenses/MIT"
    },
    "contact": {
      "name": "iVvy developer documentation",
      "url": "https://developer.ivvy.com/"
    }
  },
  "servers": [
    {
      "url": "https://api.ap-southeast-2.ivvy.com",
      "description": "AU region"
    },
    {
      "url": "https://api.us-west-2.ivvy.com",
      "description": "US region"
    },
    {
      "url": "https://api.eu-west-2.ivvy.com",
      "description": "UK region"
    },
    {
      "url": "http://127.0.0.1:4010",
      "description": "Local Prism mock or emulator (`npm run mock`, `npm run emulator`)"
    }
  ],
  "tags": [
    {
      "name": "batch",
      "description": "Run many API calls as one asynchronous batch, follow it, fetch its results."
    },
    {
      "name": "test",
      "description": "Check credentials, signing and clock skew."
    }
  ],
  "security": [
    {
      "IWS": [],
      "ContentMd5": [],
      "IvvyDate": [],
      "ApiVersion": []
    },
    {
      "IWS": [],
      "ContentMd5": [],
      "IvvyDate": []
    },
    {
      "IWS": [],
      "ContentMd5": [],
      "HttpDate": [],
      "ApiVersion": []
    },
    {
      "IWS": [],
      "ContentMd5": [],
      "HttpDate": []
    }
  ],
  "paths": {
    "/api/1.0/batch?action=run": {
      "post": {
        "operationId": "run",
        "tags": [
          "batch"
        ],
        "summary": "Run a batch of API calls",
        "description": "Stores 1 to 200 jobs and answers at once with the batch's `asyncId`.\nThe jobs then run asynchronously, in order. When the batch is complete\nand a `callbackUrl` was given, the results are POSTed to it\n(see the `batchComplete` callback and the `BatchCallback` schema).\nRun is not idempotent: iVvy has no idempotency key, so a client must not\nretry it blindly.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RunRequest"
              },
              "examples": {
                "inviteContacts": {
                  "summary": "Two inviteContacts jobs with a callback",
                  "value": {
                    "jobs": [
                      {
                        "namespace": "event",
                        "action": "inviteContacts",
                        "params": {
                          "event": 1,
                          "contacts": [
                            1,
                            2,
                            3
                          ]
                        }
                      },
                      {
                        "namespace": "event",
                        "action": "inviteContacts",
                        "params": {
                          "event": 2,
                          "contacts": [
                            1,
                            2,
                            4
                          ]
                        }
                      }
                    ],
                    "callbackUrl": "http://127.0.0.1:4011/ivvy/callback"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The batch was stored; its jobs will run asynchronously.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RunResponse"
                },
                "examples": {
                  "stored": {
                    "value": {
                      "asyncId": "e35e06ee592d17a42dc9e6252a058617"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "The jobs are not valid. Nothing was stored.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "incorrectJobFormat": {
                    "summary": "24092 Incorrect Job Format",
                    "value": {
                      "errorCode": 400,
                      "message": "Incorrect Job Format",
                      "specificCode": 24092,
                      "additionalMessages": [
                        "jobs[0] must be an object with the keys namespace, action and params"
                      ]
                    }
                  },
                  "emptyJobParameter": {
                    "summary": "24093 Empty job parameter found",
                    "value": {
                      "errorCode": 400,
                      "message": "Empty job parameter found",
                      "specificCode": 24093,
                      "additionalMessages": [
                        "jobs[1].action is empty"
                      ]
                    }
                  },
                  "tooManyJobs": {
                    "summary": "24448 More than 200 jobs",
                    "value": {
                      "errorCode": 400,
                      "message": "The maximum number of jobs can be put on a single request is 200",
                      "specificCode": 24448
                    }
                  },
                  "invalidParameter": {
                    "summary": "23016 A parameter does not validate",
                    "value": {
                      "errorCode": 400,
                      "message": "'jobs' does not validate",
                      "specificCode": 23016,
                      "additionalMessages": [
                        "Value must be a non-empty array"
                      ]
                    }
                  },
                  "missingParameter": {
                    "summary": "23017 A required parameter is missing",
                    "value": {
                      "errorCode": 400,
                      "message": "'jobs' is required",
                      "specificCode": 23017
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "description": "The batch could not be stored (24091). Whether it was is unknown to the client only if no response arrived at all.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "notSaved": {
                    "summary": "24091 The information was not saved",
                    "value": {
                      "errorCode": 500,
                      "message": "The information was not saved",
                      "specificCode": 24091
                    }
                  }
                }
              }
            }
          }
        },
        "callbacks": {
          "batchComplete": {
            "{$request.body#/callbackUrl}": {
              "post": {
                "operationId": "batchCallback",
                "summary": "Batch complete",
                "description": "Sent by iVvy once, when the batch is complete, to the run's\n`callbackUrl`; again on `repost` and after a `restart`.\niVvy does not sign callbacks: a receiver should authenticate\nthem itself (for example with an unguessable token in the\ncallbackUrl) and expect duplicates.\n",
                "security": [],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/BatchCallback"
                      },
                      "examples": {
                        "complete": {
                          "$ref": "#/components/examples/CompletedBatch"
                        }
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "Any 2xx acknowledges the delivery; anything else, or no answer, may be retried."
                  },
                  "400": {
                    "description": "The payload is not JSON or not a `BatchCallback`. The sender may retry it."
                  },
                  "401": {
                    "description": "The callbackUrl's token is missing or was never issued by the receiver."
                  },
                  "403": {
                    "description": "The token was issued for another batch than the payload's `asyncId`."
                  },
                  "413": {
                    "description": "The payload is larger than the receiver accepts."
                  },
                  "415": {
                    "description": "The payload is not `application/json`."
                  }
                }
              }
            }
          }
        }
      }
    },
    "/api/1.0/batch?action=progress": {
      "post": {
        "operationId": "progress",
        "tags": [
          "batch"
        ],
        "summary": "Get the progress of a batch",
        "description": "The percentage (0 to 100, fractions allowed) of the batch's jobs that have run.",
        "requestBody": {
          "$ref": "#/components/requestBodies/AsyncRef"
        },
        "responses": {
          "200": {
            "description": "The batch's progress.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProgressResponse"
                },
                "examples": {
                  "third": {
                    "value": {
                      "progress": 33
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/InvalidAsyncRef"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/BatchNotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/api/1.0/batch?action=results": {
      "post": {
        "operationId": "results",
        "tags": [
          "batch"
        ],
        "summary": "Get the results of a completed batch",
        "description": "Every job's result, in the order the jobs were submitted. Available\nonce the batch is complete, for two days after it was created.\n",
        "requestBody": {
          "$ref": "#/components/requestBodies/AsyncRef"
        },
        "responses": {
          "200": {
            "description": "The batch's results, in submission order.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ResultsResponse"
                },
                "examples": {
                  "complete": {
                    "$ref": "#/components/examples/CompletedBatch"
                  }
                }
              }
            }
          },
          "400": {
            "description": "The batch is not complete yet (24114), or the request is invalid.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "notCompleted": {
                    "summary": "24114 Batch job not completed",
                    "value": {
                      "errorCode": 400,
                      "message": "Batch job not completed",
                      "specificCode": 24114
                    }
                  },
                  "invalidParameter": {
                    "$ref": "#/components/examples/InvalidAsync"
                  },
                  "missingParameter": {
                    "$ref": "#/components/examples/MissingAsync"
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "No such batch, or its results have expired (24115).",
            "x-decision": "Unknown and expired batches are 404.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "notFound": {
                    "summary": "24115 Could not find batch",
                    "value": {
                      "errorCode": 404,
                      "message": "Could not find batch",
                      "specificCode": 24115
                    }
                  }
                }
              }
            }
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/api/1.0/batch?action=restart": {
      "post": {
        "operationId": "restart",
        "tags": [
          "batch"
        ],
        "summary": "Run a completed batch again",
        "description": "On a completed batch: discards its results, resets progress to 0, runs\nevery job again from the start and delivers a new callback at the end;\nanswers `{\"restarted\": true}`. On a batch that is still running nothing\nchanges and the answer is `{\"restarted\": false}`. `true` does not mean the\njobs have started yet.\n",
        "x-decision": "Restart of a running batch is a no-op answered with restarted false.",
        "requestBody": {
          "$ref": "#/components/requestBodies/AsyncRef"
        },
        "responses": {
          "200": {
            "description": "Whether the batch was restarted.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RestartResponse"
                },
                "examples": {
                  "restarted": {
                    "value": {
                      "restarted": true
                    }
                  },
                  "stillRunning": {
                    "summary": "The batch is still running; nothing changed",
                    "value": {
                      "restarted": false
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/InvalidAsyncRef"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/BatchNotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/api/1.0/batch?action=repost": {
      "post": {
        "operationId": "repost",
        "tags": [
          "batch"
        ],
        "summary": "Deliver a completed batch's callback again",
        "description": "Queues another delivery of the batch's callback (`{\"reposted\": true}`);\n`true` does not mean the callback has been delivered yet. A batch that\nwas run without a `callbackUrl` answers `{\"reposted\": false}`. A batch\nthat is still running gets 400 with 24114.\n",
        "x-decision": "Repost without a callbackUrl is reposted false; repost of a running batch is 24114.",
        "requestBody": {
          "$ref": "#/components/requestBodies/AsyncRef"
        },
        "responses": {
          "200": {
            "description": "Whether a new delivery was queued.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RepostResponse"
                },
                "examples": {
                  "reposted": {
                    "value": {
                      "reposted": true
                    }
                  },
                  "noCallbackUrl": {
                    "summary": "The batch has no callbackUrl",
                    "value": {
                      "reposted": false
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "The batch is not complete yet (24114), or the request is invalid.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "notCompleted": {
                    "summary": "24114 Batch job not completed",
                    "value": {
                      "errorCode": 400,
                      "message": "Batch job not completed",
                      "specificCode": 24114
                    }
                  },
                  "invalidParameter": {
                    "$ref": "#/components/examples/InvalidAsync"
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/BatchNotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/api/1.0/test?action=ping": {
      "post": {
        "operationId": "ping",
        "tags": [
          "test"
        ],
        "summary": "Check credentials, signing and clock",
        "description": "Takes no parameters (send an empty body, or `{}`) and answers with an\nacknowledgement that is the server's time in the iVvy timestamp format.\nA 200 proves the key, the secret and the signing are right; comparing\n`ack` with the local clock measures the skew that makes requests stale\n(23005) once it passes 5 minutes.\n",
        "x-decision": "The answer is {\"ack\": \"<iVvy timestamp>\"}: the test page describes an ack carrying the server's timestamp, and ivvy-sdk-net reads it as Pong { ack: DateTime }. The request body is optional: both ivvy-sdk-js (test.ping) and ivvy-sdk-net (PingAsync) send an empty body.",
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PingRequest"
              },
              "examples": {
                "empty": {
                  "value": {}
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The credentials and signature are valid.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PingResponse"
                },
                "examples": {
                  "ack": {
                    "value": {
                      "ack": "2026-11-28 16:23:24"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "The body is not a JSON object (23016).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "notAnObject": {
                    "summary": "23016 The body is not a JSON object",
                    "value": {
                      "errorCode": 400,
                      "message": "The request body must be a JSON object",
                      "specificCode": 23016
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "IWS": {
        "type": "apiKey",
        "in": "header",
        "name": "X-Api-Authorization",
        "description": "Every request is signed with the account's API key and secret\n(https://developer.ivvy.com/getting-started/creating-the-request/signing-the-request).\nThe header is `X-Api-Authorization: IWS {key}:{signature}`.\n\nTo sign a request:\n1. `contentMd5` = hex MD5 (lowercase or uppercase) of the exact body bytes sent\n   (MD5 of the empty string, `d41d8cd98f00b204e9800998ecf8427e`, for\n   no body). Send it as `Content-MD5`.\n2. `contentType` = the `Content-Type` header exactly as sent\n   (`application/json`, or `application/json; charset=utf-8` with its\n   charset, as ivvy-sdk-net sends it).\n3. `date` = the `Date` header as sent; **empty** when the `IVVY-Date`\n   header is used instead. `IVVY-Date` is in the iVvy timestamp format\n   `yyyy-mm-dd HH:mm:ss` (UTC, optional ` UTC` suffix: ivvy-sdk-js sends\n   none, ivvy-sdk-net sends it).\n4. `requestString` = the request path and query exactly as sent, for\n   example `/api/1.0/batch?action=run`.\n5. `apiVersion` = the version in the URL, `1.0`. Clients may also send\n   `X-Api-Version: 1.0` (optional; when present it must say `1.0`).\n6. `ivvyHeaders` = every request header whose name starts with `IVVY`,\n   as `name=value`, where the name has every `-` and `_` removed; these\n   sorted alphabetically and joined with `&` (e.g. `ivvydate=2012-04-03 22:23:24`).\n7. `stringToSign` = lowercase(`POST` + contentMd5 + contentType + date +\n   requestString + apiVersion + ivvyHeaders).\n8. `signature` = lowercase hex HMAC-SHA1(stringToSign, secret).\n\nWorked example (iVvy's own): body `{\"example\":\"body\"}` (MD5\n`a09f600c77a6dbd947db24c61e8935ca`), `IVVY-Date: 2012-04-03 22:23:24`,\ngives the string to sign\n`posta09f600c77a6dbd947db24c61e8935caapplication/json/api/1.0/test?action=ping1.0ivvydate=2012-04-03 22:23:24`.\n\nThe server rejects with 401 a missing or malformed header, an unknown\nkey, a signature that does not match, a `Content-MD5` that does not match\nthe body, and (specific code 23005, \"Request is stale\") a date more than\n5 minutes from its clock.\n\nThe other headers of the signature are schemes of their own (`ContentMd5`,\n`IvvyDate` or `HttpDate`, and the optional `ApiVersion`), required together\nwith this one. Each scheme's `x-schema` gives the form of its header value.\n",
        "x-decision": "The signing headers (X-Api-Authorization, Content-MD5, IVVY-Date or Date, X-Api-Version) are security schemes, not operation parameters. They are computed per request from its method, URL, body and clock, by one signer, as iVvy's own SDKs do. Declared as header parameters, generators made them arguments of every generated call (@hey-api/openapi-ts, openapi-typescript-codegen, openapi-zod-client, orval with headers: true, and openapi-typescript's types for openapi-fetch); as security schemes none does, and a generated client signs in one request hook (docs/generators.md). The alternative requirements say what iVvy's request-header pages say: Content-MD5 and X-Api-Authorization required, Date \"required unless using IVVY-Date\", and X-Api-Version not listed (optional, see ApiVersion). Prism checks that the headers of one requirement are present (401 when not); a scheme has no schema, so the form each scheme's x-schema gives is checked by the mock's proxy (src/mock), since iVvy refuses a malformed signing header with 401 like a missing one."
      },
      "ContentMd5": {
        "type": "apiKey",
        "in": "header",
        "name": "Content-MD5",
        "description": "Hex MD5 (lowercase or uppercase) of the exact request body bytes (of zero\nbytes for an empty body); part of the signature (see `IWS`). Required.\n",
        "x-schema": {
          "type": "string",
          "pattern": "^[0-9a-fA-F]{32}$",
          "example": "a09f600c77a6dbd947db24c61e8935ca"
        }
      },
      "IvvyDate": {
        "type": "apiKey",
        "in": "header",
        "name": "IVVY-Date",
        "description": "When the request was made, in the iVvy timestamp format (UTC). Send it\nor the standard `Date` header (the `HttpDate` scheme); with `IVVY-Date`\nthe date part of the signed string is empty. Requests more than 5\nminutes from the server's clock are stale (401, 23005). A date in\nanother form is refused (401) with an answer that names this one.\n",
        "x-decision": "ivvy-sdk-php's IVVY-Date is accepted: it is built with PHP's date('Y-m-d hh:mm:ss') in the server's local zone, a slip that doubles each field (h the 12-hour hour, m the month, s the seconds: 2017-08-30 0202:0808:0909). The SDK was used against the live service for months with it (shared/reference/known-clients.md), so iVvy did not refuse it, and its docs say nothing of such a date. Only the day survives the slip, so the day is what is checked: a date of this exact form (each field doubled, the doubled month equal to the date's month, the hour 01 to 12) whose day is the server's day in some zone from UTC-12 to UTC+14 is fresh; any other day is stale (23005). Every other form is refused (401), and the answer names the expected format.",
        "x-schema": {
          "type": "string",
          "pattern": "^\\d{4}-\\d{2}-\\d{2} (\\d{2}:\\d{2}:\\d{2}( UTC)?|\\d{4}:\\d{4}:\\d{4})$",
          "example": "2026-11-28 16:23:24"
        }
      },
      "HttpDate": {
        "type": "apiKey",
        "in": "header",
        "name": "Date",
        "description": "The standard HTTP `Date` header, instead of `IVVY-Date`; then it is the\ndate part of the signed string. Requests more than 5 minutes from the\nserver's clock are stale (401, 23005).\n",
        "x-schema": {
          "type": "string",
          "minLength": 1,
          "example": "Sat, 28 Nov 2026 16:23:24 GMT"
        }
      },
      "ApiVersion": {
        "type": "apiKey",
        "in": "header",
        "name": "X-Api-Version",
        "description": "The API version. Optional: the version that is signed is the one in the\nURL (`/api/1.0/`); a header that is present must say `1.0`.\n",
        "x-decision": "Optional: the security requirements list each combination with and without it. iVvy's request-header pages do not list it and ivvy-sdk-net never sends it (its signed \"1.0\" comes from the URL); ivvy-sdk-js sends \"X-Api-Version: 1.0\".",
        "x-schema": {
          "type": "string",
          "enum": [
            "1.0"
          ],
          "example": "1.0"
        }
      }
    },
    "requestBodies": {
      "AsyncRef": {
        "required": true,
        "description": "The batch to act on.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AsyncRef"
            },
            "examples": {
              "batch": {
                "value": {
                  "async": "a7ec88af7d710bf51b188004bb532d77"
                }
              }
            }
          }
        }
      }
    },
    "responses": {
      "Unauthorized": {
        "description": "The request is not authenticated: missing or malformed\n`X-Api-Authorization`, unknown key, wrong signature, `Content-MD5` that\ndoes not match the body (specific code 0), or a stale date (23005).\n",
        "x-decision": "An unknown key and a wrong signature get the same answer, so a 401 cannot tell which keys exist; iVvy's exceptions page documents only \"401 Unauthorized\" for both. The emulator logs the precise reason and the string to sign it computed (RequestLogEntry.authFailure).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "staleRequest": {
                "summary": "23005 Request is stale (date more than 5 minutes off)",
                "value": {
                  "errorCode": 401,
                  "message": "Request is stale",
                  "specificCode": 23005
                }
              },
              "badSignature": {
                "summary": "Unknown key or wrong signature (one answer for both)",
                "value": {
                  "errorCode": 401,
                  "message": "Unauthorized",
                  "specificCode": 0,
                  "additionalMessages": [
                    "The API key is unknown or the signature does not match the request"
                  ]
                }
              }
            }
          }
        }
      },
      "BatchNotFound": {
        "description": "No such batch, or it has expired (24105).",
        "x-decision": "Unknown and expired batches are 404 with 24105 on progress, restart and repost.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "notFound": {
                "summary": "24105 Could not find batch",
                "value": {
                  "errorCode": 404,
                  "message": "Could not find batch",
                  "specificCode": 24105
                }
              }
            }
          }
        }
      },
      "InvalidAsyncRef": {
        "description": "The request body is not `{\"async\": \"<32 hex>\"}` (23016, 23017).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "invalidParameter": {
                "$ref": "#/components/examples/InvalidAsync"
              },
              "missingParameter": {
                "$ref": "#/components/examples/MissingAsync"
              }
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "The request body is larger than the server accepts.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "tooLarge": {
                "value": {
                  "errorCode": 413,
                  "message": "Request body too large",
                  "specificCode": 0,
                  "additionalMessages": [
                    "The limit is 1048576 bytes"
                  ]
                }
              }
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "The request body is not `application/json`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "notJson": {
                "value": {
                  "errorCode": 415,
                  "message": "Unsupported content type",
                  "specificCode": 0,
                  "additionalMessages": [
                    "Send Content-Type: application/json"
                  ]
                }
              }
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Rate limited, or turned away before being looked at because the server\nholds its limit (of request bodies in flight, of connections when a cap\nis set, or, on `run`, of stored batches): nothing was stored. Retry later,\nafter `Retry-After` seconds when it is given.\n",
        "x-decision": "Over a server limit is 429, not 503: iVvy's exceptions page lists 429 Too Many Requests and no 503, and `run`'s own \"not saved\" (500, 24091) would read as a server fault. The emulator's limits bound its memory, never what a key may do: iVvy documents no limit on what an account stores, so the stored-batch budget is the whole emulator's (a share of its heap), not a key's, and a connection is always answered, never reset. For stored batches, Retry-After is when the oldest batch expires; additionalMessages names the limit.",
        "headers": {
          "Retry-After": {
            "description": "Seconds to wait before retrying.",
            "schema": {
              "type": "integer",
              "minimum": 0
            }
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "rateLimited": {
                "value": {
                  "errorCode": 429,
                  "message": "Too Many Requests",
                  "specificCode": 0
                }
              }
            }
          }
        }
      },
      "ServerError": {
        "description": "An unexpected server failure.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "internal": {
                "value": {
                  "errorCode": 500,
                  "message": "Internal Server Error",
                  "specificCode": 0
                }
              }
            }
          }
        }
      }
    },
    "examples": {
      "InvalidAsync": {
        "summary": "23016 async does not validate",
        "value": {
          "errorCode": 400,
          "message": "'async' does not validate",
          "specificCode": 23016,
          "additionalMessages": [
            "Value must be a 32 character hexadecimal batch id"
          ]
        }
      },
      "MissingAsync": {
        "summary": "23017 async is required",
        "value": {
          "errorCode": 400,
          "message": "'async' is required",
          "specificCode": 23017
        }
      },
      "CompletedBatch": {
        "summary": "A completed batch of two jobs, one of which failed",
        "value": {
          "asyncId": "e35e06ee592d17a42dc9e6252a058617",
          "results": [
            {
              "namespace": "event",
              "action": "inviteContacts",
              "request": {
                "event": 1,
                "contacts": [
                  1,
                  2,
                  3
                ]
              },
              "response": {
                "results": [
                  {
                    "contact": 1,
                    "status": true,
                    "inviteLinkYes": "https://example.ivvy.com/invite/1/yes",
                    "inviteLinkNo": "https://example.ivvy.com/invite/1/no"
                  },
                  {
                    "contact": 2,
                    "status": false
                  },
                  {
                    "contact": 3,
                    "status": true,
                    "inviteLinkYes": "https://example.ivvy.com/invite/3/yes",
                    "inviteLinkNo": "https://example.ivvy.com/invite/3/no"
                  }
                ]
              }
            },
            {
              "namespace": "event",
              "action": "inviteContacts",
              "request": {
                "event": 2,
                "contacts": "1,2,4"
              },
              "response": {
                "errorCode": 400,
                "message": "'contacts' does not validate",
                "specificCode": 23016,
                "additionalMessages": [
                  "Value must be an array"
                ]
              }
            }
          ]
        }
      }
    },
    "schemas": {
      "AsyncId": {
        "type": "string",
        "description": "A batch identifier, as returned by run.",
        "pattern": "^[0-9a-f]{32}$",
        "example": "e35e06ee592d17a42dc9e6252a058617"
      },
      "Job": {
        "type": "object",
        "description": "One API call to run inside a batch.",
        "additionalProperties": false,
        "required": [
          "namespace",
          "action",
          "params"
        ],
        "properties": {
          "namespace": {
            "type": "string",
            "minLength": 1,
            "description": "The namespace of the call, e.g. `event`."
          },
          "action": {
            "type": "string",
            "minLength": 1,
            "description": "The action of the call, e.g. `inviteContacts`."
          },
          "params": {
            "type": "object",
            "additionalProperties": true,
            "description": "The call's parameters, as its own documentation gives them (may be empty). `[]` is read as `{}` before this schema applies (ivvy-sdk-php's jobs without parameters carry `\"params\":[]`; see \"Decisions\" in the description).",
            "x-decision": "Parameters the action's page does not list are accepted, by the client's catalog check, the CLI's and the emulator alike (as strict as iVvy, no stricter). Evidence: nine of iVvy's own example requests send parameters their pages do not list (crm.getOpportunityList venueId, event.addOrUpdateEvent eventTypeIds, partner.getVenueList start, venue.addOrUpdateBookingSession venueId, venue.getEventTypeList perPage, venue.getRatePlanBookingRules barId, venue.getRevenueTemplateList venueId, venue.getSpaceHirePlanRateList perPage, venue.removeBookingSession id); a public PHP integration pings with {\"example\":\"body\"}, which ping does not take, against the live service; and no page says iVvy refuses an unlisted parameter. Typos are caught at compile time instead: job() does not compile with a parameter its action's page does not list."
          }
        }
      },
      "RunRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "jobs"
        ],
        "properties": {
          "jobs": {
            "type": "array",
            "minItems": 1,
            "maxItems": 200,
            "items": {
              "$ref": "#/components/schemas/Job"
            }
          },
          "callbackUrl": {
            "type": "string",
            "format": "uri",
            "pattern": "^[hH][tT][tT][pP][sS]?://[^/?#\\s]+([/?#].*)?$",
            "description": "Where to POST the `BatchCallback` when the batch is complete. Optional; no callback without it. An absolute http or https URL, as sent.",
            "x-decision": "callbackUrl is optional. run.md says only \"a URL\", so the rule is a URL's: an absolute URI (RFC 3986, `format: uri`: no spaces, no characters outside its set, valid percent-escapes) whose scheme is http or https in any case (RFC 3986 3.1: schemes are case-insensitive) and whose host is not empty (RFC 9110 4.2.1). `HTTP://example.com/cb` is accepted; `http:example.com/cb` (no host), `http:///cb` and `http://example.com/call back` (not a URI) are refused with 23016, by the emulator, the client and the mock alike, never repaired into another URL."
          }
        }
      },
      "RunResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "asyncId"
        ],
        "properties": {
          "asyncId": {
            "$ref": "#/components/schemas/AsyncId"
          }
        }
      },
      "AsyncRef": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "async"
        ],
        "properties": {
          "async": {
            "$ref": "#/components/schemas/AsyncId"
          }
        }
      },
      "ProgressResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "progress"
        ],
        "properties": {
          "progress": {
            "type": "number",
            "minimum": 0,
            "maximum": 100,
            "description": "Percentage of the batch's jobs that have run. The emulator answers the floor of done / total * 100; iVvy's may have a fraction.",
            "x-decision": "A number, not only an integer; the docs' example is 33 and ivvy-sdk-net reads it as a float."
          }
        }
      },
      "BatchResult": {
        "type": "object",
        "description": "The result of one job, in the position of that job in the batch.",
        "additionalProperties": false,
        "required": [
          "namespace",
          "action",
          "request",
          "response"
        ],
        "properties": {
          "namespace": {
            "type": "string"
          },
          "action": {
            "type": "string"
          },
          "request": {
            "type": "object",
            "additionalProperties": true,
            "description": "The job's `params`, as submitted."
          },
          "response": {
            "$ref": "#/components/schemas/JobResponse"
          }
        }
      },
      "JobResponse": {
        "description": "The call's own response body on success (a JSON object, or for the actions whose pages answer one, a JSON array of objects), or an iVvy error envelope when the call failed.",
        "anyOf": [
          {
            "$ref": "#/components/schemas/ErrorEnvelope"
          },
          {
            "type": "object",
            "additionalProperties": true
          },
          {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          }
        ],
        "x-decision": "A job's response may be a top-level array of objects: it is the call's own response body, and four of iVvy's action pages answer one. contact/add-contacts-to-subscription-group.md's 200 example is `[{\"contactId\": 4, \"status\": true}, ...]` and its Returns section says \"An array of objects with the following properties\"; remove-contacts-from-subscription-group.md, get-custom-field-definition.md and get-company-custom-field-definition.md (whose 200 example is an array of custom fields) say the same. Refusing an array would refuse these jobs' results and callbacks. Which actions answer an array is the catalog's fact (generated/catalog.yaml; docs/catalog.md): the emulator and `client.call` allow an array answer for those actions only."
      },
      "ResultsResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "asyncId",
          "results"
        ],
        "properties": {
          "asyncId": {
            "$ref": "#/components/schemas/AsyncId"
          },
          "results": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/BatchResult"
            }
          }
        }
      },
      "BatchCallback": {
        "type": "object",
        "description": "The body iVvy POSTs to a batch's `callbackUrl` when it is complete.",
        "additionalProperties": false,
        "required": [
          "asyncId",
          "results"
        ],
        "properties": {
          "asyncId": {
            "$ref": "#/components/schemas/AsyncId"
          },
          "results": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/BatchResult"
            }
          }
        }
      },
      "RestartResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "restarted"
        ],
        "properties": {
          "restarted": {
            "type": "boolean"
          }
        }
      },
      "RepostResponse": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "reposted"
        ],
        "properties": {
          "reposted": {
            "type": "boolean"
          }
        }
      },
      "PingRequest": {
        "type": "object",
        "description": "Ping takes no parameters (`[]` is read as `{}`; see \"Decisions\" in the description).",
        "additionalProperties": true
      },
      "PingResponse": {
        "type": "object",
        "description": "The acknowledgement. iVvy may add fields; a client should read `ack`\nand ignore the rest.\n",
        "additionalProperties": true,
        "required": [
          "ack"
        ],
        "properties": {
          "ack": {
            "type": "string",
            "description": "The server's time in the iVvy timestamp format (UTC).",
            "pattern": "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}( UTC)?$"
          }
        }
      },
      "ErrorEnvelope": {
        "type": "object",
        "description": "iVvy's error body (https://developer.ivvy.com/getting-started/interpreting-the-response/exceptions).",
        "x-decision": "errorCode and specificCode are integers, as in every example of the exceptions page; ivvy-sdk-net types both as strings, so this package's client also accepts numeric strings for them.",
        "required": [
          "errorCode",
          "message",
          "specificCode"
        ],
        "additionalProperties": false,
        "properties": {
          "errorCode": {
            "type": "integer",
            "description": "The HTTP status again (400, 401, 404, 429, 500, ...).",
            "minimum": 100,
            "maximum": 599
          },
          "message": {
            "type": "string"
          },
          "specificCode": {
            "type": "integer",
            "minimum": 0,
            "description": "Identifies the failure. Documented codes: 23005 request is stale,\n23016 a parameter does not validate, 23017 a required parameter is\nmissing, 24091 the batch was not saved, 24092 incorrect job format,\n24093 empty job parameter, 24105 could not find batch (progress,\nrestart, repost), 24114 batch job not completed, 24115 could not find\nbatch (results), 24448 more than 200 jobs. 0 where iVvy documents no code.\n"
          },
          "additionalMessages": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      }
    }
  }
};
