/**
 * TypeScript types of every catalogued iVvy action.
 * Generated from generated/catalog.yaml by `npm run generate`. DO NOT EDIT: change catalog/overrides.yaml, run `npm run catalog`, then regenerate.
 */

export interface paths {
    "/api/1.0/account?action=addErrorReport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** account addErrorReport */
        post: operations["account.addErrorReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/account?action=addOrUpdateCostCenter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** account addOrUpdateCostCenter */
        post: operations["account.addOrUpdateCostCenter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/account?action=getCostCenterList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** account getCostCenterList */
        post: operations["account.getCostCenterList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/account?action=getEmailLogList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** account getEmailLogList */
        post: operations["account.getEmailLogList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/account?action=getIndustryList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** account getIndustryList */
        post: operations["account.getIndustryList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/account?action=getUserList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** account getUserList */
        post: operations["account.getUserList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/account?action=subscribeToNotifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** account subscribeToNotifications */
        post: operations["account.subscribeToNotifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/account?action=unsubscribeFromNotifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** account unsubscribeFromNotifications */
        post: operations["account.unsubscribeFromNotifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/contact?action=addContactsToSubscriptionGroup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** contact addContactsToSubscriptionGroup */
        post: operations["contact.addContactsToSubscriptionGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/contact?action=addOrUpdateCompany": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** contact addOrUpdateCompany */
        post: operations["contact.addOrUpdateCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/contact?action=addOrUpdateCompanyNote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** contact addOrUpdateCompanyNote */
        post: operations["contact.addOrUpdateCompanyNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/contact?action=addOrUpdateContact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** contact addOrUpdateContact */
        post: operations["contact.addOrUpdateContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/contact?action=addOrUpdateContactNote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** contact addOrUpdateContactNote */
        post: operations["contact.addOrUpdateContactNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/contact?action=addOrUpdateLead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** contact addOrUpdateLead */
        post: operations["contact.addOrUpdateLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/contact?action=getCompany": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** contact getCompany */
        post: operations["contact.getCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/contact?action=getCompanyCustomFieldDefinition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** contact getCompanyCustomFieldDefinition */
        post: operations["contact.getCompanyCustomFieldDefinition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/contact?action=getCompanyList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** contact getCompanyList */
        post: operations["contact.getCompanyList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/contact?action=getCompanyNoteList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** contact getCompanyNoteList */
        post: operations["contact.getCompanyNoteList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/contact?action=getContact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** contact getContact */
        post: operations["contact.getContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/contact?action=getContactList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** contact getContactList */
        post: operations["contact.getContactList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/contact?action=getContactNoteList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** contact getContactNoteList */
        post: operations["contact.getContactNoteList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/contact?action=getCustomFieldDefinition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** contact getCustomFieldDefinition */
        post: operations["contact.getCustomFieldDefinition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/contact?action=getSubscriptionGroupList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** contact getSubscriptionGroupList */
        post: operations["contact.getSubscriptionGroupList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/contact?action=removeContactsFromSubscriptionGroup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** contact removeContactsFromSubscriptionGroup */
        post: operations["contact.removeContactsFromSubscriptionGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/crm?action=addOrUpdateActivity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** crm addOrUpdateActivity */
        post: operations["crm.addOrUpdateActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/crm?action=addOrUpdateActivityPurpose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** crm addOrUpdateActivityPurpose */
        post: operations["crm.addOrUpdateActivityPurpose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/crm?action=addOrUpdateLeadChannel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** crm addOrUpdateLeadChannel */
        post: operations["crm.addOrUpdateLeadChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/crm?action=addOrUpdateLeadNote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** crm addOrUpdateLeadNote */
        post: operations["crm.addOrUpdateLeadNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/crm?action=addOrUpdateLeadQuality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** crm addOrUpdateLeadQuality */
        post: operations["crm.addOrUpdateLeadQuality"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/crm?action=addOrUpdateLeadSource": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** crm addOrUpdateLeadSource */
        post: operations["crm.addOrUpdateLeadSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/crm?action=addOrUpdateLeadStage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** crm addOrUpdateLeadStage */
        post: operations["crm.addOrUpdateLeadStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/crm?action=addOrUpdateLeadType": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** crm addOrUpdateLeadType */
        post: operations["crm.addOrUpdateLeadType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/crm?action=addOrUpdateTask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** crm addOrUpdateTask */
        post: operations["crm.addOrUpdateTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/crm?action=getActivityList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** crm getActivityList */
        post: operations["crm.getActivityList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/crm?action=getLeadChannelList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** crm getLeadChannelList */
        post: operations["crm.getLeadChannelList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/crm?action=getLeadList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** crm getLeadList */
        post: operations["crm.getLeadList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/crm?action=getLeadNoteList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** crm getLeadNoteList */
        post: operations["crm.getLeadNoteList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/crm?action=getLeadQualityList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** crm getLeadQualityList */
        post: operations["crm.getLeadQualityList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/crm?action=getLeadSourceList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** crm getLeadSourceList */
        post: operations["crm.getLeadSourceList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/crm?action=getLeadStageList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** crm getLeadStageList */
        post: operations["crm.getLeadStageList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/crm?action=getLeadTypeList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** crm getLeadTypeList */
        post: operations["crm.getLeadTypeList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/crm?action=getOpportunityList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** crm getOpportunityList */
        post: operations["crm.getOpportunityList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/crm?action=getOpportunityNoteList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** crm getOpportunityNoteList */
        post: operations["crm.getOpportunityNoteList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/crm?action=getTaskList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** crm getTaskList */
        post: operations["crm.getTaskList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/event?action=addOrUpdateEvent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** event addOrUpdateEvent */
        post: operations["event.addOrUpdateEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/event?action=createLoginToken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** event createLoginToken */
        post: operations["event.createLoginToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/event?action=getAttendee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** event getAttendee */
        post: operations["event.getAttendee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/event?action=getAttendeeList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** event getAttendeeList */
        post: operations["event.getAttendeeList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/event?action=getEvent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** event getEvent */
        post: operations["event.getEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/event?action=getEventList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** event getEventList */
        post: operations["event.getEventList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/event?action=getInvitedContactList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** event getInvitedContactList */
        post: operations["event.getInvitedContactList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/event?action=getRegistration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** event getRegistration */
        post: operations["event.getRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/event?action=getRegistrationList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** event getRegistrationList */
        post: operations["event.getRegistrationList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/event?action=getSessionList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** event getSessionList */
        post: operations["event.getSessionList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/event?action=getSpeakerList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** event getSpeakerList */
        post: operations["event.getSpeakerList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/event?action=getSponsorshipList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** event getSponsorshipList */
        post: operations["event.getSponsorshipList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/event?action=inviteContacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** event inviteContacts */
        post: operations["event.inviteContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/invoice?action=addPayment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** invoice addPayment */
        post: operations["invoice.addPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/invoice?action=getCreditNote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** invoice getCreditNote */
        post: operations["invoice.getCreditNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/invoice?action=getCreditNoteList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** invoice getCreditNoteList */
        post: operations["invoice.getCreditNoteList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/invoice?action=getInvoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** invoice getInvoice */
        post: operations["invoice.getInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/invoice?action=getInvoiceList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** invoice getInvoiceList */
        post: operations["invoice.getInvoiceList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/invoice?action=getOptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** invoice getOptions */
        post: operations["invoice.getOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/partner?action=getVenue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** partner getVenue */
        post: operations["partner.getVenue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/partner?action=getVenueList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** partner getVenueList */
        post: operations["partner.getVenueList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=addItemsToBooking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue addItemsToBooking */
        post: operations["venue.addItemsToBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=addOrUpdateBooking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue addOrUpdateBooking */
        post: operations["venue.addOrUpdateBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=addOrUpdateBookingAccommodation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue addOrUpdateBookingAccommodation */
        post: operations["venue.addOrUpdateBookingAccommodation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=addOrUpdateBookingAttendee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue addOrUpdateBookingAttendee */
        post: operations["venue.addOrUpdateBookingAttendee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=addOrUpdateBookingNote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue addOrUpdateBookingNote */
        post: operations["venue.addOrUpdateBookingNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=addOrUpdateBookingPackage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue addOrUpdateBookingPackage */
        post: operations["venue.addOrUpdateBookingPackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=addOrUpdateBookingRoomReservation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue addOrUpdateBookingRoomReservation */
        post: operations["venue.addOrUpdateBookingRoomReservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=addOrUpdateBookingSession": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue addOrUpdateBookingSession */
        post: operations["venue.addOrUpdateBookingSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=addOrUpdateBookingSessionBeverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue addOrUpdateBookingSessionBeverage */
        post: operations["venue.addOrUpdateBookingSessionBeverage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=addOrUpdateBookingSessionMenu": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue addOrUpdateBookingSessionMenu */
        post: operations["venue.addOrUpdateBookingSessionMenu"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=addOrUpdateBookingSessionResource": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue addOrUpdateBookingSessionResource */
        post: operations["venue.addOrUpdateBookingSessionResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=addOrUpdateFunctionSpace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue addOrUpdateFunctionSpace */
        post: operations["venue.addOrUpdateFunctionSpace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=addOrUpdateFunctionSpaceCategory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue addOrUpdateFunctionSpaceCategory */
        post: operations["venue.addOrUpdateFunctionSpaceCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=addOrUpdateGuestRoom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue addOrUpdateGuestRoom */
        post: operations["venue.addOrUpdateGuestRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=addOrUpdateOpportunity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue addOrUpdateOpportunity */
        post: operations["venue.addOrUpdateOpportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=addOrUpdateOpportunityNote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue addOrUpdateOpportunityNote */
        post: operations["venue.addOrUpdateOpportunityNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=addOrUpdateRatePlanBookingRulesCollection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue addOrUpdateRatePlanBookingRulesCollection */
        post: operations["venue.addOrUpdateRatePlanBookingRulesCollection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=addOrUpdateRoomCountsCollection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue addOrUpdateRoomCountsCollection */
        post: operations["venue.addOrUpdateRoomCountsCollection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=addOrUpdateRoomDynamicRatesCollection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue addOrUpdateRoomDynamicRatesCollection */
        post: operations["venue.addOrUpdateRoomDynamicRatesCollection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=addOrUpdateSpaceBlockout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue addOrUpdateSpaceBlockout */
        post: operations["venue.addOrUpdateSpaceBlockout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=addPaymentToBooking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue addPaymentToBooking */
        post: operations["venue.addPaymentToBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=addRefundToBooking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue addRefundToBooking */
        post: operations["venue.addRefundToBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=cancelBookingRoomReservation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue cancelBookingRoomReservation */
        post: operations["venue.cancelBookingRoomReservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=changeBookingStatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue changeBookingStatus */
        post: operations["venue.changeBookingStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=changeStatusOfBookingRoomReservation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue changeStatusOfBookingRoomReservation */
        post: operations["venue.changeStatusOfBookingRoomReservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=confirmBookingRoomReservation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue confirmBookingRoomReservation */
        post: operations["venue.confirmBookingRoomReservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=convertLeadToOpportunity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue convertLeadToOpportunity */
        post: operations["venue.convertLeadToOpportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getAvailableFunctionSpaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getAvailableFunctionSpaces */
        post: operations["venue.getAvailableFunctionSpaces"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getBeveragePackageList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getBeveragePackageList */
        post: operations["venue.getBeveragePackageList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getBooking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getBooking */
        post: operations["venue.getBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getBookingAccommodationList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getBookingAccommodationList */
        post: operations["venue.getBookingAccommodationList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getBookingAttendeeByHash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getBookingAttendeeByHash */
        post: operations["venue.getBookingAttendeeByHash"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getBookingAttendeeList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getBookingAttendeeList */
        post: operations["venue.getBookingAttendeeList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getBookingBeoList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getBookingBeoList */
        post: operations["venue.getBookingBeoList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getBookingBeoVersionList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getBookingBeoVersionList */
        post: operations["venue.getBookingBeoVersionList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getBookingChangelogList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getBookingChangelogList */
        post: operations["venue.getBookingChangelogList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getBookingCustomFieldList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getBookingCustomFieldList */
        post: operations["venue.getBookingCustomFieldList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getBookingDocumentList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getBookingDocumentList */
        post: operations["venue.getBookingDocumentList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getBookingDocumentVersionList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getBookingDocumentVersionList */
        post: operations["venue.getBookingDocumentVersionList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getBookingList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getBookingList */
        post: operations["venue.getBookingList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getBookingListForAccount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getBookingListForAccount */
        post: operations["venue.getBookingListForAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getBookingNoteList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getBookingNoteList */
        post: operations["venue.getBookingNoteList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getBookingReleaseSchedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getBookingReleaseSchedule */
        post: operations["venue.getBookingReleaseSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getBookingRoomReservationList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getBookingRoomReservationList */
        post: operations["venue.getBookingRoomReservationList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getBookingSessionList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getBookingSessionList */
        post: operations["venue.getBookingSessionList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getBookingSessionMenuList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getBookingSessionMenuList */
        post: operations["venue.getBookingSessionMenuList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getBookingTaxList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getBookingTaxList */
        post: operations["venue.getBookingTaxList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getCostCenterList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getCostCenterList */
        post: operations["venue.getCostCenterList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getEventTypeList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getEventTypeList */
        post: operations["venue.getEventTypeList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getFunctionSpaceAvailability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getFunctionSpaceAvailability */
        post: operations["venue.getFunctionSpaceAvailability"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getFunctionSpaceCategoryList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getFunctionSpaceCategoryList */
        post: operations["venue.getFunctionSpaceCategoryList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getFunctionSpaceList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getFunctionSpaceList */
        post: operations["venue.getFunctionSpaceList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getMenuList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getMenuList */
        post: operations["venue.getMenuList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getRatePlanBookingRules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getRatePlanBookingRules */
        post: operations["venue.getRatePlanBookingRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getRatePlanRateList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getRatePlanRateList */
        post: operations["venue.getRatePlanRateList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getResourceAvailability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getResourceAvailability */
        post: operations["venue.getResourceAvailability"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getResourceList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getResourceList */
        post: operations["venue.getResourceList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getRevenueTemplateList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getRevenueTemplateList */
        post: operations["venue.getRevenueTemplateList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getRoomInventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getRoomInventory */
        post: operations["venue.getRoomInventory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getRoomRateList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getRoomRateList */
        post: operations["venue.getRoomRateList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getRoomRates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getRoomRates */
        post: operations["venue.getRoomRates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getSessionTypeList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getSessionTypeList */
        post: operations["venue.getSessionTypeList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getSpaceBlockoutList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getSpaceBlockoutList */
        post: operations["venue.getSpaceBlockoutList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getSpaceHirePlanList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getSpaceHirePlanList */
        post: operations["venue.getSpaceHirePlanList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getSpaceHirePlanRate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getSpaceHirePlanRate */
        post: operations["venue.getSpaceHirePlanRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getSpaceHirePlanRateList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getSpaceHirePlanRateList */
        post: operations["venue.getSpaceHirePlanRateList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getTaxList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getTaxList */
        post: operations["venue.getTaxList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getVenue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getVenue */
        post: operations["venue.getVenue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getVenueList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getVenueList */
        post: operations["venue.getVenueList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getVenuePackage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getVenuePackage */
        post: operations["venue.getVenuePackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getVenuePackageList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getVenuePackageList */
        post: operations["venue.getVenuePackageList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getVenueRatePlanList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getVenueRatePlanList */
        post: operations["venue.getVenueRatePlanList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getVenueRoomList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getVenueRoomList */
        post: operations["venue.getVenueRoomList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=getVenueRoomOptionList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue getVenueRoomOptionList */
        post: operations["venue.getVenueRoomOptionList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=removeBookingAccommodation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue removeBookingAccommodation */
        post: operations["venue.removeBookingAccommodation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=removeBookingRoomReservation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue removeBookingRoomReservation */
        post: operations["venue.removeBookingRoomReservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=removeBookingSession": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue removeBookingSession */
        post: operations["venue.removeBookingSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=removeBookingSessionBeverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue removeBookingSessionBeverage */
        post: operations["venue.removeBookingSessionBeverage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=removeBookingSessionMenu": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue removeBookingSessionMenu */
        post: operations["venue.removeBookingSessionMenu"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=removeBookingSessionResource": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue removeBookingSessionResource */
        post: operations["venue.removeBookingSessionResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=removeRoomDynamicRates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue removeRoomDynamicRates */
        post: operations["venue.removeRoomDynamicRates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=removeSpaceBlockout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue removeSpaceBlockout */
        post: operations["venue.removeSpaceBlockout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=updateBookingRoomReservationGuestContact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue updateBookingRoomReservationGuestContact */
        post: operations["venue.updateBookingRoomReservationGuestContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/venue?action=uploadBookingDocument": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** venue uploadBookingDocument */
        post: operations["venue.uploadBookingDocument"];
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
        ErrorEnvelope: {
            errorCode: number;
            message: string;
            specificCode: number;
            additionalMessages?: string[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "account.addErrorReport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    code?: string;
                    message?: string;
                    level?: number;
                    refType?: number;
                    refId1?: number;
                    refId2?: number;
                    refId3?: number;
                    refId4?: number;
                    refId5?: number;
                };
            };
        };
        responses: {
            /** @description The addErrorReport response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 755
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "account.addOrUpdateCostCenter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "name": "test cost center",
                 *       "code": "AB12",
                 *       "description": "The complete description of the cost center"
                 *     }
                 */
                "application/json": {
                    id?: number;
                    name?: string;
                    code?: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateCostCenter response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "Success": true,
                     *       "Id": 5452
                     *     }
                     */
                    "application/json": {
                        Success?: boolean;
                        Id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "account.getCostCenterList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The getCostCenterList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 2,
                     *         "start": 0,
                     *         "perPage": 2,
                     *         "count": 2
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 5451,
                     *           "name": "test cost center",
                     *           "code": 2,
                     *           "description": null,
                     *           "defaultType": null
                     *         },
                     *         {
                     *           "id": 5452,
                     *           "name": "test cost center",
                     *           "code": "AB12",
                     *           "description": null,
                     *           "defaultType": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            name?: string;
                            code?: unknown;
                            description?: unknown;
                            defaultType?: unknown;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "account.getEmailLogList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getEmailLogList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 1,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 1
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 2,
                     *           "contactId": 25943,
                     *           "userId": null,
                     *           "eventId": 50,
                     *           "type": 1,
                     *           "refType": 5,
                     *           "refId": 184133,
                     *           "from": "5U2ZD@V5P7T.com",
                     *           "to": "8X2PEZ@FF1UAL.com",
                     *           "bcc": null,
                     *           "subject": "CCWXL3A8",
                     *           "body": "3N5RU3V5",
                     *           "sentTime": "2013-07-04 07:18:29 UTC",
                     *           "success": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            contactId?: number;
                            userId?: unknown;
                            eventId?: number;
                            type?: number;
                            refType?: number;
                            refId?: number;
                            from?: string;
                            to?: string;
                            bcc?: unknown;
                            subject?: string;
                            body?: string;
                            sentTime?: string;
                            success?: boolean;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "account.getIndustryList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getIndustryList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 26,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 26
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 46157,
                     *           "name": "Advertising & Marketing",
                     *           "createdDate": "2019-01-29 23:12:20 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:20 UTC"
                     *         },
                     *         {
                     *           "id": 46158,
                     *           "name": "Agricultural, Forestry, Horticulture",
                     *           "createdDate": "2019-01-29 23:12:20 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:20 UTC"
                     *         },
                     *         {
                     *           "id": 46159,
                     *           "name": "Association",
                     *           "createdDate": "2019-01-29 23:12:20 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:20 UTC"
                     *         },
                     *         {
                     *           "id": 46160,
                     *           "name": "Automotive",
                     *           "createdDate": "2019-01-29 23:12:20 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:20 UTC"
                     *         },
                     *         {
                     *           "id": 46161,
                     *           "name": "Charity, Religious & Welfare",
                     *           "createdDate": "2019-01-29 23:12:20 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:20 UTC"
                     *         },
                     *         {
                     *           "id": 46162,
                     *           "name": "Construction, Engineering & Trades",
                     *           "createdDate": "2019-01-29 23:12:20 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:20 UTC"
                     *         },
                     *         {
                     *           "id": 46163,
                     *           "name": "Consultants",
                     *           "createdDate": "2019-01-29 23:12:20 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:20 UTC"
                     *         },
                     *         {
                     *           "id": 46164,
                     *           "name": "Corporate Travel Agent",
                     *           "createdDate": "2019-01-29 23:12:20 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:20 UTC"
                     *         },
                     *         {
                     *           "id": 46165,
                     *           "name": "Education",
                     *           "createdDate": "2019-01-29 23:12:20 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:20 UTC"
                     *         },
                     *         {
                     *           "id": 46166,
                     *           "name": "Entertainment",
                     *           "createdDate": "2019-01-29 23:12:20 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:20 UTC"
                     *         },
                     *         {
                     *           "id": 46167,
                     *           "name": "Fashion",
                     *           "createdDate": "2019-01-29 23:12:20 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:20 UTC"
                     *         },
                     *         {
                     *           "id": 46168,
                     *           "name": "Finance",
                     *           "createdDate": "2019-01-29 23:12:20 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:20 UTC"
                     *         },
                     *         {
                     *           "id": 46169,
                     *           "name": "Government",
                     *           "createdDate": "2019-01-29 23:12:20 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:20 UTC"
                     *         },
                     *         {
                     *           "id": 46170,
                     *           "name": "Healthcare & Pharma",
                     *           "createdDate": "2019-01-29 23:12:20 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:20 UTC"
                     *         },
                     *         {
                     *           "id": 46171,
                     *           "name": "Internal",
                     *           "createdDate": "2019-01-29 23:12:20 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:20 UTC"
                     *         },
                     *         {
                     *           "id": 46172,
                     *           "name": "Insurance",
                     *           "createdDate": "2019-01-29 23:12:20 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:20 UTC"
                     *         },
                     *         {
                     *           "id": 46173,
                     *           "name": "IT/Telco",
                     *           "createdDate": "2019-01-29 23:12:20 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:20 UTC"
                     *         },
                     *         {
                     *           "id": 46174,
                     *           "name": "Legal",
                     *           "createdDate": "2019-01-29 23:12:21 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:21 UTC"
                     *         },
                     *         {
                     *           "id": 46175,
                     *           "name": "Manufacturing",
                     *           "createdDate": "2019-01-29 23:12:21 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:21 UTC"
                     *         },
                     *         {
                     *           "id": 46176,
                     *           "name": "Mining",
                     *           "createdDate": "2019-01-29 23:12:21 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:21 UTC"
                     *         },
                     *         {
                     *           "id": 46177,
                     *           "name": "Real Estate",
                     *           "createdDate": "2019-01-29 23:12:21 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:21 UTC"
                     *         },
                     *         {
                     *           "id": 46178,
                     *           "name": "Retail",
                     *           "createdDate": "2019-01-29 23:12:21 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:21 UTC"
                     *         },
                     *         {
                     *           "id": 46179,
                     *           "name": "Sporting & Recreation",
                     *           "createdDate": "2019-01-29 23:12:21 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:21 UTC"
                     *         },
                     *         {
                     *           "id": 46180,
                     *           "name": "Transportation",
                     *           "createdDate": "2019-01-29 23:12:21 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:21 UTC"
                     *         },
                     *         {
                     *           "id": 46181,
                     *           "name": "Wedding",
                     *           "createdDate": "2019-01-29 23:12:21 UTC",
                     *           "modifiedDate": "2019-01-29 23:12:21 UTC"
                     *         },
                     *         {
                     *           "id": 51031,
                     *           "name": "ecommerce",
                     *           "createdDate": "2024-08-15 04:44:40 UTC",
                     *           "modifiedDate": "2024-08-15 04:44:40 UTC"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            name?: string;
                            createdDate?: string;
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "account.getUserList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getUserList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: unknown;
                            salutation?: unknown;
                            firstName?: string;
                            middleName?: unknown;
                            lastName?: string;
                            email?: string;
                            phone?: unknown;
                            phoneMobile?: unknown;
                            /** @enum {integer} */
                            currentStatus?: 1 | 2;
                            /** @enum {integer} */
                            userType?: 1 | 2 | 3 | 4 | 5;
                            groupId?: unknown;
                            lastLoginDate?: string;
                            createdDate?: string;
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "account.subscribeToNotifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    companiesEndpoint?: string;
                    contactsEndpoint?: string;
                    crmEndpoint?: string;
                    paymentsEndpoint?: string;
                    venuesEndpoint?: string;
                    ariEndpoint?: string;
                    eventsEndpoint?: string;
                };
            };
        };
        responses: {
            /** @description The subscribeToNotifications response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "eventsSuccess": false,
                     *       "eventsTopicId": null,
                     *       "venuesSuccess": false,
                     *       "venuesTopicId": null,
                     *       "paymentsSuccess": false,
                     *       "paymentsTopicId": null,
                     *       "crmSuccess": false,
                     *       "crmTopicId": null,
                     *       "contactsSuccess": false,
                     *       "contactsTopicId": null,
                     *       "companiesSuccess": true,
                     *       "companiesTopicId": "arn:aws:sns:ap-southeast-2:2:iVvy_Account_41_d7_NotifCompanies"
                     *     }
                     */
                    "application/json": {
                        eventsSuccess?: boolean;
                        eventsTopicId?: unknown;
                        venuesSuccess?: boolean;
                        venuesTopicId?: unknown;
                        paymentsSuccess?: boolean;
                        paymentsTopicId?: unknown;
                        crmSuccess?: boolean;
                        crmTopicId?: unknown;
                        contactsSuccess?: boolean;
                        contactsTopicId?: unknown;
                        companiesSuccess?: boolean;
                        companiesTopicId?: string;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "account.unsubscribeFromNotifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    companiesEndpoint?: string;
                    contactsEndpoint?: string;
                    crmEndpoint?: string;
                    paymentsEndpoint?: string;
                    venuesEndpoint?: string;
                    ariEndpoint?: string;
                    eventsEndpoint?: string;
                };
            };
        };
        responses: {
            /** @description The unsubscribeFromNotifications response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "eventsResult": 2,
                     *       "venuesResult": 2,
                     *       "paymentsResult": 2,
                     *       "crmResult": 2,
                     *       "contactsResult": 2,
                     *       "companiesResult": 1
                     *     }
                     */
                    "application/json": {
                        eventsResult?: number;
                        venuesResult?: number;
                        paymentsResult?: number;
                        crmResult?: number;
                        contactsResult?: number;
                        companiesResult?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "contact.addContactsToSubscriptionGroup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "contacts": [
                 *         4,
                 *         6,
                 *         55,
                 *         33
                 *       ],
                 *       "group": 2481
                 *     }
                 */
                "application/json": {
                    contacts?: number[];
                    group?: number;
                };
            };
        };
        responses: {
            /** @description The addContactsToSubscriptionGroup response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "contactId": 4,
                     *         "status": true
                     *       },
                     *       {
                     *         "contactId": 6,
                     *         "status": true
                     *       },
                     *       {
                     *         "contactId": 55,
                     *         "status": true
                     *       },
                     *       {
                     *         "contactId": 33,
                     *         "status": false
                     *       }
                     *     ]
                     */
                    "application/json": {
                        contactId?: number;
                        status?: boolean;
                    }[];
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "contact.addOrUpdateCompany": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: number;
                    externalId?: string;
                    businessName?: string;
                    tradingName?: string;
                    businessNumber?: string;
                    phone?: string;
                    otherPhone?: string;
                    fax?: string;
                    website?: string;
                    email?: string;
                    address?: Record<string, never>;
                    primaryContactId?: number;
                    primaryContact?: Record<string, never>;
                    primaryAccountManagerId?: number;
                    secondaryAccountManagerId?: number;
                    industryId?: number;
                    isAgent?: number;
                    commissionSpace?: number;
                    commissionSpaceType?: number;
                    commissionFood?: number;
                    commissionFoodType?: number;
                    commissionBeverage?: number;
                    commissionBeverageType?: number;
                    commissionAudioVisual?: number;
                    commissionAudioVisualType?: number;
                    commissionAccommodation?: number;
                    commissionAccommodationType?: number;
                    iataNumber?: string;
                    updateIfExists?: boolean;
                    customFields?: unknown[];
                    externalUrls?: unknown[];
                };
            };
        };
        responses: {
            /** @description The addOrUpdateCompany response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success?: boolean;
                        id?: number;
                        message?: unknown;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "contact.addOrUpdateCompanyNote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "companyId": 2,
                 *       "noteText": "test note"
                 *     }
                 */
                "application/json": {
                    id?: number;
                    companyId?: number;
                    noteText?: string;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateCompanyNote response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 33884
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "contact.addOrUpdateContact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    externalId?: string;
                    id?: number;
                    firstName?: string;
                    lastName?: string;
                    email?: string;
                    phone?: string;
                    groups?: string;
                    customFields?: string;
                    companies?: string;
                    /** @enum {integer} */
                    status?: 1 | 2 | 3 | 5;
                    /** @enum {integer} */
                    smsStatus?: 1 | 2 | 3 | 4;
                    updateIfExists?: boolean;
                    externalUrls?: unknown[] | null;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateContact response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 33884
                     *     }
                     */
                    "application/json": {
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "contact.addOrUpdateContactNote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "contactId": 2,
                 *       "noteText": "test note"
                 *     }
                 */
                "application/json": {
                    id?: number;
                    contactId?: number;
                    noteText?: string;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateContactNote response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 33884
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "contact.addOrUpdateLead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: number;
                    qualityId?: number;
                    industryId?: number;
                    sourceId?: number;
                    companyId?: number;
                    company?: Record<string, never>;
                    companyLeadContactId?: number;
                    contactId?: number;
                    contact?: Record<string, never>;
                    name?: string;
                    ownerUserId?: number;
                    typeId?: number;
                    subtypeId?: number;
                    stageId?: number;
                    stageReasonId?: number;
                    channelId?: number;
                    description?: string;
                    customFields?: unknown[];
                };
            };
        };
        responses: {
            /** @description The addOrUpdateLead response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success?: boolean;
                        id?: unknown;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "contact.getCompany": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "id": 6
                 *     }
                 */
                "application/json": {
                    id?: number;
                };
            };
        };
        responses: {
            /** @description The getCompany response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "25146",
                     *       "businessName": "Test",
                     *       "tradingName": "Test Trading",
                     *       "businessNumber": "1234586",
                     *       "email": "company@test.com",
                     *       "phone": "0455550000",
                     *       "otherPhone": "123456789",
                     *       "fax": "0455550125",
                     *       "website": "www.test.com",
                     *       "address": {
                     *         "line1": "Street Number",
                     *         "line2": "Street Name",
                     *         "line3": "",
                     *         "line4": "",
                     *         "city": "Gold Coast",
                     *         "stateCode": "QLD",
                     *         "countryCode": "AU",
                     *         "postalCode": "4227"
                     *       },
                     *       "customFields": [
                     *         {
                     *           "fieldId": 5,
                     *           "displayName": "Birth Date",
                     *           "value": "1985-03-17 23:00:00 UTC"
                     *         }
                     *       ],
                     *       "primaryAccountManager": "Test User",
                     *       "secondaryAccountManager": "Test User",
                     *       "industry": "Industry Name",
                     *       "primaryContact": "Test User",
                     *       "commissionRoomHireValue": 123,
                     *       "commissionRoomHireType": "CHF",
                     *       "commissionFoodValue": 222,
                     *       "commissionFoodType": "CHF",
                     *       "commissionBeverageValue": 333,
                     *       "commissionBeverageType": "CHF",
                     *       "commissionAudioVisualValue": 444,
                     *       "commissionAudioVisualType": "CHF",
                     *       "commissionAccommodationValue": 555,
                     *       "commissionAccommodationType": "CHF",
                     *       "iataNumber": "123456789"
                     *     }
                     */
                    "application/json": {
                        id?: string;
                        businessName?: string;
                        tradingName?: string;
                        businessNumber?: string;
                        email?: string;
                        phone?: string;
                        otherPhone?: string;
                        fax?: string;
                        website?: string;
                        address?: {
                            line1?: string;
                            line2?: string;
                            line3?: string;
                            line4?: string;
                            city?: string;
                            stateCode?: string;
                            countryCode?: string;
                            postalCode?: string;
                        };
                        customFields?: {
                            fieldId?: number;
                            displayName?: string;
                            value?: string;
                        }[];
                        primaryAccountManager?: string;
                        secondaryAccountManager?: string;
                        industry?: string;
                        primaryContact?: string;
                        commissionRoomHireValue?: number;
                        commissionRoomHireType?: string;
                        commissionFoodValue?: number;
                        commissionFoodType?: string;
                        commissionBeverageValue?: number;
                        commissionBeverageType?: string;
                        commissionAudioVisualValue?: number;
                        commissionAudioVisualType?: string;
                        commissionAccommodationValue?: number;
                        commissionAccommodationType?: string;
                        iataNumber?: string;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "contact.getCompanyCustomFieldDefinition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The getCompanyCustomFieldDefinition response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "fieldId": 47,
                     *         "fieldType": 3,
                     *         "displayName": "Test Multiple",
                     *         "isRequired": false,
                     *         "isActive": true,
                     *         "sortOrder": 1,
                     *         "selectValues": {
                     *           "Test 1": "Test 1",
                     *           "Test 2": "Test 2"
                     *         },
                     *         "fileTypes": null
                     *       },
                     *       {
                     *         "fieldId": 1,
                     *         "fieldType": 0,
                     *         "displayName": "TIN Number",
                     *         "isRequired": false,
                     *         "isActive": true,
                     *         "sortOrder": 2,
                     *         "selectValues": null,
                     *         "fileTypes": null
                     *       },
                     *       {
                     *         "fieldId": 2,
                     *         "fieldType": 4,
                     *         "displayName": "Accountant Address",
                     *         "isRequired": false,
                     *         "isActive": false,
                     *         "sortOrder": 3,
                     *         "selectValues": null,
                     *         "fileTypes": null
                     *       },
                     *       {
                     *         "fieldId": 3,
                     *         "fieldType": 5,
                     *         "displayName": "Your Birth Date",
                     *         "isRequired": true,
                     *         "isActive": true,
                     *         "sortOrder": 4,
                     *         "selectValues": null,
                     *         "fileTypes": null
                     *       },
                     *       {
                     *         "fieldId": 45,
                     *         "fieldType": 6,
                     *         "displayName": "Profile Picture",
                     *         "isRequired": false,
                     *         "isActive": true,
                     *         "sortOrder": 5,
                     *         "selectValues": null,
                     *         "fileTypes": [
                     *           "images"
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": {
                        fieldId?: number;
                        fieldType?: number;
                        displayName?: string;
                        isRequired?: boolean;
                        isActive?: boolean;
                        sortOrder?: number;
                        selectValues?: unknown;
                        fileTypes?: unknown;
                    }[];
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "contact.getCompanyList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getCompanyList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: string;
                            externalId?: unknown;
                            businessName?: string;
                            tradingName?: string;
                            businessNumber?: string;
                            phone?: string;
                            fax?: string;
                            website?: string;
                            email?: string;
                            address?: Record<string, never>;
                            modifiedDate?: string;
                            primaryAccountManager?: string;
                            secondaryAccountManager?: string;
                            industry?: string;
                            primaryContact?: string;
                            isAgent?: unknown;
                            parentCompanyId?: unknown;
                            leftValue?: unknown;
                            rightValue?: unknown;
                            depth?: unknown;
                            rootId?: unknown;
                            commissionSpace?: number;
                            commissionSpaceType?: number;
                            commissionFoodValue?: number;
                            commissionFoodType?: string;
                            commissionBeverageValue?: number;
                            commissionBeverageType?: string;
                            commissionAudioVisualValue?: number;
                            commissionAudioVisualType?: string;
                            commissionAccommodationValue?: number;
                            commissionAccommodationType?: string;
                            iataNumber?: string;
                            customFields?: unknown[];
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "contact.getCompanyNoteList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "companyId": 4,
                 *       "perPage": 50
                 *     }
                 */
                "application/json": {
                    companyId?: number;
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getCompanyNoteList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 10,
                     *         "start": 0,
                     *         "perPage": 50,
                     *         "count": 3
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 2,
                     *           "companyId": 4,
                     *           "noteText": "<p>Company Note 1</p>\n",
                     *           "createdByUserId": 1,
                     *           "createdDate": "2022-06-12 06:06:03 UTC",
                     *           "modifiedDate": "2022-07-13 01:32:10"
                     *         },
                     *         {
                     *           "id": 4,
                     *           "companyId": 4,
                     *           "noteText": "<p>Company Note 2</p>\n",
                     *           "createdByUserId": 1,
                     *           "createdDate": "2022-07-13 01:27:27 UTC",
                     *           "modifiedDate": "2022-07-13 01:27:27"
                     *         },
                     *         {
                     *           "id": 5,
                     *           "companyId": 4,
                     *           "noteText": "<p>Company Note 3</p>\n",
                     *           "createdByUserId": 1,
                     *           "createdDate": "2022-07-13 01:29:41 UTC",
                     *           "modifiedDate": "2022-07-13 01:29:41"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            companyId?: number;
                            noteText?: string;
                            createdByUserId?: number;
                            createdDate?: string;
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "contact.getContact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "id": 6
                 *     }
                 */
                "application/json": {
                    id?: number;
                    useEventSortOrder?: boolean;
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getContact response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 7427530,
                     *       "firstName": "Test",
                     *       "lastName": "User",
                     *       "email": "user@test.com",
                     *       "phone": "0455550000",
                     *       "status": 1,
                     *       "smsStatus": 1,
                     *       "customFields": [],
                     *       "groups": [
                     *         {
                     *           "contactId": 7427530,
                     *           "groupId": 57138,
                     *           "joinDate": "2018-09-07 02:11:47"
                     *         }
                     *       ],
                     *       "companies": [
                     *         4,
                     *         5,
                     *         6
                     *       ],
                     *       "companiesData": [
                     *         {
                     *           "id": 4,
                     *           "businessName": "Company Name 1"
                     *         },
                     *         {
                     *           "id": 5,
                     *           "businessName": "Company Name 3 (Department)"
                     *         },
                     *         {
                     *           "id": 6,
                     *           "businessName": "Company Name 2"
                     *         }
                     *       ],
                     *       "externalId": null,
                     *       "modifiedDate": "2018-09-07 02:11:47 UTC",
                     *       "isAnonymised": false,
                     *       "eventInvitations": [],
                     *       "eventRegistrations": []
                     *     }
                     */
                    "application/json": {
                        id?: number;
                        firstName?: string;
                        lastName?: string;
                        email?: string;
                        phone?: string;
                        status?: number;
                        smsStatus?: number;
                        customFields?: unknown[];
                        groups?: {
                            contactId?: number;
                            groupId?: number;
                            joinDate?: string;
                        }[];
                        companies?: number[];
                        companiesData?: {
                            id?: number;
                            businessName?: string;
                        }[];
                        externalId?: unknown;
                        modifiedDate?: string;
                        isAnonymised?: boolean;
                        eventInvitations?: unknown[];
                        eventRegistrations?: unknown[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "contact.getContactList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getContactList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            firstName?: string;
                            lastName?: string;
                            email?: string;
                            phone?: string;
                            privacyConsentData?: {
                                /** @enum {integer} */
                                source?: 1 | 2 | 3 | 4 | 5;
                                dateTime?: unknown;
                            };
                            customFields?: unknown[];
                            groups?: unknown[];
                            companies?: unknown[];
                            companiesData?: unknown[];
                            externalId?: unknown;
                            modifiedDate?: string;
                            isAnonymised?: boolean;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "contact.getContactNoteList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "contactId": 4,
                 *       "perPage": 50
                 *     }
                 */
                "application/json": {
                    contactId?: number;
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getContactNoteList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 10,
                     *         "start": 0,
                     *         "perPage": 50,
                     *         "count": 3
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 2,
                     *           "contactId": 4,
                     *           "noteText": "<p>Contact Note 1</p>\n",
                     *           "createdByUserId": 1,
                     *           "createdDate": "2022-06-12 06:06:03 UTC",
                     *           "modifiedDate": "2022-07-13 01:32:10"
                     *         },
                     *         {
                     *           "id": 4,
                     *           "contactId": 4,
                     *           "noteText": "<p>Contact Note 2</p>\n",
                     *           "createdByUserId": 1,
                     *           "createdDate": "2022-07-13 01:27:27 UTC",
                     *           "modifiedDate": "2022-07-13 01:27:27"
                     *         },
                     *         {
                     *           "id": 5,
                     *           "contactId": 4,
                     *           "noteText": "<p>Contact Note 3</p>\n",
                     *           "createdByUserId": 1,
                     *           "createdDate": "2022-07-13 01:29:41 UTC",
                     *           "modifiedDate": "2022-07-13 01:29:41"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            contactId?: number;
                            noteText?: string;
                            createdByUserId?: number;
                            createdDate?: string;
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "contact.getCustomFieldDefinition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The getCustomFieldDefinition response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fieldId?: number;
                        fieldType?: number;
                        displayName?: string;
                        isRequired?: boolean;
                        isActive?: boolean;
                        sortOrder?: number;
                        selectValues?: Record<string, never>;
                        fileTypes?: unknown[];
                    }[];
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "contact.getSubscriptionGroupList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The getSubscriptionGroupList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: unknown;
                            groupName?: unknown;
                            memberCount?: unknown;
                            tagColour?: unknown;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "contact.removeContactsFromSubscriptionGroup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    contacts?: number[];
                };
            };
        };
        responses: {
            /** @description The removeContactsFromSubscriptionGroup response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contactId?: number;
                        status?: boolean;
                    }[];
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "crm.addOrUpdateActivity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: number;
                    venueId?: number;
                    leadId?: number;
                    contactId?: number;
                    companyId?: number;
                    name?: string;
                    description?: string;
                    subType?: number;
                    purposeId?: number;
                    startDatetime?: string;
                    endDatetime?: string;
                    location?: string;
                    priority?: string;
                    assignedUserId?: number;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateActivity response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 755
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "crm.addOrUpdateActivityPurpose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: number;
                    name?: string;
                    type?: number;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateActivityPurpose response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 755
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "crm.addOrUpdateLeadChannel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: number;
                    name?: string;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateLeadChannel response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 755
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "crm.addOrUpdateLeadNote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: number;
                    leadId?: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateLeadNote response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 755
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "crm.addOrUpdateLeadQuality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: number;
                    label?: string;
                    showOnDash?: boolean;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateLeadQuality response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 755
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "crm.addOrUpdateLeadSource": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: number;
                    name?: string;
                    cost?: string;
                    colour?: string;
                    isReferral?: string;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateLeadSource response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 755
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "crm.addOrUpdateLeadStage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: number;
                    name?: string;
                    colour?: string;
                    applyTo?: string;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateLeadStage response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 755
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "crm.addOrUpdateLeadType": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: number;
                    type?: string;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateLeadType response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 755
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "crm.addOrUpdateTask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: number;
                    venueId?: number;
                    leadId?: number;
                    contactId?: number;
                    companyId?: number;
                    name?: string;
                    endDatetime?: string;
                    priority?: string;
                    assignedUserId?: number;
                    status?: number;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateTask response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 755
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "crm.getActivityList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getActivityList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 1,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 1
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 29,
                     *           "venueId": 1,
                     *           "leadId": 400,
                     *           "subType": 1,
                     *           "name": "ashik testing",
                     *           "description": "<p>this is description</p> ",
                     *           "purposeName": null,
                     *           "purposeType": null,
                     *           "location": "Gold Coast",
                     *           "contactId": null,
                     *           "companyId": null,
                     *           "companyContactId": null,
                     *           "assignedUserId": 1,
                     *           "assignedUserFullName": "first last",
                     *           "assignedUserEmail": "first.last@domain.com",
                     *           "startDatetime": "2019-04-02 22:00:00 UTC",
                     *           "endDatetime": "2019-04-02 23:00:00 UTC",
                     *           "createdDate": "2019-04-11 07:34:16 UTC",
                     *           "modifiedDate": "2019-04-11 07:34:16 UTC"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            venueId?: number;
                            leadId?: number;
                            subType?: number;
                            name?: string;
                            description?: string;
                            purposeName?: unknown;
                            purposeType?: unknown;
                            location?: string;
                            contactId?: unknown;
                            companyId?: unknown;
                            companyContactId?: unknown;
                            assignedUserId?: number;
                            assignedUserFullName?: string;
                            assignedUserEmail?: string;
                            startDatetime?: string;
                            endDatetime?: string;
                            createdDate?: string;
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "crm.getLeadChannelList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getLeadChannelList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 1,
                     *         "start": 0,
                     *         "perPage": 10,
                     *         "count": 4
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1,
                     *           "name": "iVvy Marketplace"
                     *         },
                     *         {
                     *           "id": 2,
                     *           "name": "Website Booking Engine"
                     *         },
                     *         {
                     *           "id": 3,
                     *           "name": "Third Party Booking Engines"
                     *         },
                     *         {
                     *           "id": 4,
                     *           "name": "Magazine Ad"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "crm.getLeadList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getLeadList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: Record<string, never>[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "crm.getLeadNoteList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "leadId": 4,
                 *       "perPage": 50
                 *     }
                 */
                "application/json": {
                    leadId?: number;
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getLeadNoteList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 10,
                     *         "start": 0,
                     *         "perPage": 50,
                     *         "count": 3
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 2,
                     *           "leadId": 4,
                     *           "note": "<p>Lead Note 1</p>\n",
                     *           "createdByUserId": 1,
                     *           "createdDate": "2022-06-12 06:06:03 UTC",
                     *           "modifiedDate": "2022-07-13 01:32:10"
                     *         },
                     *         {
                     *           "id": 4,
                     *           "leadId": 4,
                     *           "note": "Lead Note 2",
                     *           "createdByUserId": 1,
                     *           "createdDate": "2022-07-13 01:27:27 UTC",
                     *           "modifiedDate": "2022-07-13 01:27:27"
                     *         },
                     *         {
                     *           "id": 5,
                     *           "leadId": 4,
                     *           "note": "Lead Note 3",
                     *           "createdByUserId": 1,
                     *           "createdDate": "2022-07-13 01:29:41 UTC",
                     *           "modifiedDate": "2022-07-13 01:29:41"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            leadId?: number;
                            note?: string;
                            createdByUserId?: number;
                            createdDate?: string;
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "crm.getLeadQualityList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getLeadQualityList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 1,
                     *         "start": 0,
                     *         "perPage": 10,
                     *         "count": 3
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1,
                     *           "label": "A-Grade",
                     *           "showOnDash": true
                     *         },
                     *         {
                     *           "id": 2,
                     *           "label": "B-Grade",
                     *           "showOnDash": false
                     *         },
                     *         {
                     *           "id": 3,
                     *           "label": "C-Grade",
                     *           "showOnDash": false
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            label?: string;
                            showOnDash?: boolean;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "crm.getLeadSourceList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getLeadSourceList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 6,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 5
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1,
                     *           "name": "iVvy Marketplace",
                     *           "description": null,
                     *           "cost": 0,
                     *           "isReferral": false,
                     *           "defaultType": null
                     *         },
                     *         {
                     *           "id": 2,
                     *           "name": "Website Widget",
                     *           "description": null,
                     *           "cost": 0,
                     *           "isReferral": false,
                     *           "defaultType": null
                     *         },
                     *         {
                     *           "id": 3,
                     *           "name": "Google",
                     *           "description": "",
                     *           "cost": 1,
                     *           "isReferral": false,
                     *           "defaultType": null
                     *         },
                     *         {
                     *           "id": 4,
                     *           "name": "Third Party Websites",
                     *           "description": null,
                     *           "cost": 0,
                     *           "isReferral": false,
                     *           "defaultType": null
                     *         },
                     *         {
                     *           "id": 189,
                     *           "name": "Referral Program",
                     *           "description": null,
                     *           "cost": 0,
                     *           "isReferral": false,
                     *           "defaultType": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            name?: string;
                            description?: unknown;
                            cost?: number;
                            isReferral?: boolean;
                            defaultType?: unknown;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "crm.getLeadStageList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getLeadStageList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 1,
                     *         "start": 0,
                     *         "perPage": 10,
                     *         "count": 1
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1,
                     *           "name": "Quoted",
                     *           "reasons": []
                     *         },
                     *         {
                     *           "id": 6,
                     *           "name": "Won",
                     *           "reasons": [
                     *             {
                     *               "id": 11,
                     *               "reason": "Price under budget"
                     *             },
                     *             {
                     *               "id": 12,
                     *               "reason": "Repeat client"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            name?: string;
                            reasons?: unknown[];
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "crm.getLeadTypeList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getLeadTypeList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 1,
                     *         "start": 0,
                     *         "perPage": 10,
                     *         "count": 1
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1,
                     *           "type": "Reseller",
                     *           "subtypes": [
                     *             {
                     *               "id": 1,
                     *               "name": "Reseller - subtypes"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "id": 2,
                     *           "type": "Professional",
                     *           "subtypes": []
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            type?: string;
                            subtypes?: unknown[];
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "crm.getOpportunityList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueIds?: number;
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getOpportunityList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: Record<string, never>[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "crm.getOpportunityNoteList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1,
                 *       "leadId": 4,
                 *       "perPage": 50
                 *     }
                 */
                "application/json": {
                    leadId?: number;
                    venueId?: number;
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getOpportunityNoteList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 10,
                     *         "start": 0,
                     *         "perPage": 50,
                     *         "count": 3
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 2,
                     *           "leadId": 4,
                     *           "note": "<p>Opportunity Note 1</p>\n",
                     *           "createdByUserId": 1,
                     *           "createdDate": "2022-06-12 06:06:03 UTC",
                     *           "modifiedDate": "2022-07-13 01:32:10"
                     *         },
                     *         {
                     *           "id": 4,
                     *           "leadId": 4,
                     *           "note": "Opportunity Note 2",
                     *           "createdByUserId": 1,
                     *           "createdDate": "2022-07-13 01:27:27 UTC",
                     *           "modifiedDate": "2022-07-13 01:27:27"
                     *         },
                     *         {
                     *           "id": 5,
                     *           "leadId": 4,
                     *           "note": "Opportunity Note 3",
                     *           "createdByUserId": 1,
                     *           "createdDate": "2022-07-13 01:29:41 UTC",
                     *           "modifiedDate": "2022-07-13 01:29:41"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            leadId?: number;
                            note?: string;
                            createdByUserId?: number;
                            createdDate?: string;
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "crm.getTaskList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getTaskList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 1,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 1
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1,
                     *           "venueId": 76,
                     *           "bookingId": null,
                     *           "leadId": null,
                     *           "name": "test name",
                     *           "description": "<p>this is description</p> ",
                     *           "status": 4,
                     *           "contactId": null,
                     *           "companyId": null,
                     *           "companyContactId": null,
                     *           "assignedUserId": 1,
                     *           "assignedUserFullName": "Test  First",
                     *           "assignedUserEmail": "test@example.com",
                     *           "priority": "low",
                     *           "endDatetime": "2018-03-27 09:00:00 UTC",
                     *           "progress": 0,
                     *           "createdDate": "2018-03-01 10:13:17 UTC",
                     *           "modifiedDate": "2018-03-26 11:17:05 UTC"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            venueId?: number;
                            bookingId?: unknown;
                            leadId?: unknown;
                            name?: string;
                            description?: string;
                            status?: number;
                            contactId?: unknown;
                            companyId?: unknown;
                            companyContactId?: unknown;
                            assignedUserId?: number;
                            assignedUserFullName?: string;
                            assignedUserEmail?: string;
                            priority?: string;
                            endDatetime?: string;
                            progress?: number;
                            createdDate?: string;
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "event.addOrUpdateEvent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    businessUnitId?: number;
                    eventType?: string;
                    title?: string;
                    timezone?: string;
                    startDateTime?: string;
                    endDateTime?: string;
                    capacity?: number;
                    budget?: number;
                    costCenterId?: number;
                    primaryContactUserId?: number;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateEvent response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 98481,
                     *       "code": "BAS4G248"
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                        code?: string;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "event.createLoginToken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "event": 15593,
                 *       "contact": 297466
                 *     }
                 */
                "application/json": {
                    event?: number;
                    contact?: number;
                    referrer?: string;
                };
            };
        };
        responses: {
            /** @description The createLoginToken response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token": "fc877d1bae56ebc5a8e19b29a3df67de",
                     *       "loginUrl": "(text)"
                     *     }
                     */
                    "application/json": {
                        token?: string;
                        loginUrl?: string;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "event.getAttendee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: number;
                    eventId?: number;
                };
            };
        };
        responses: {
            /** @description The getAttendee response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: unknown;
                        registrationStatus?: unknown;
                        contactId?: number;
                        registrationId?: number;
                        ticketTitle?: unknown;
                        firstName?: string;
                        lastName?: string;
                        email?: string;
                        privacyConsentData?: {
                            source?: unknown;
                            dateTime?: unknown;
                        };
                        hasAttended?: unknown;
                        sessionHasAttended?: unknown;
                        isPublic?: unknown;
                        barcode?: unknown;
                        barcodeUrl?: unknown;
                        ticketUrl?: unknown;
                        attendedDatetime?: string;
                        sessionAttendedTimestamp?: string;
                        cost?: number;
                        customFields?: unknown[];
                        sessions?: {
                            sessionId?: unknown;
                            sessionName?: unknown;
                            isOptional?: unknown;
                            hasAttended?: unknown;
                            attendedDatetime?: unknown;
                            isSessionReserved?: unknown;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "event.getAttendeeList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    perPage?: number;
                    start?: number;
                    eventId?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getAttendeeList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: unknown;
                            registrationStatus?: unknown;
                            contactId?: number;
                            ticketTitle?: unknown;
                            firstName?: string;
                            lastName?: string;
                            email?: string;
                            privacyConsentData?: {
                                source?: unknown;
                                dateTime?: unknown;
                            };
                            hasAttended?: unknown;
                            sessionHasAttended?: unknown;
                            isPublic?: unknown;
                            barcode?: unknown;
                            barcodeUrl?: unknown;
                            ticketUrl?: unknown;
                            attendedDatetime?: string;
                            sessionAttendedTimestamp?: string;
                            cost?: number;
                            customFields?: unknown[];
                            sessions?: {
                                sessionId?: unknown;
                                sessionName?: unknown;
                                isOptional?: unknown;
                                hasAttended?: unknown;
                                attendedDatetime?: unknown;
                                isSessionReserved?: unknown;
                            }[];
                            createdDate?: string;
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "event.getEvent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: number;
                };
            };
        };
        responses: {
            /** @description The getEvent response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 144428,
                     *       "code": "EVENTCODE",
                     *       "eventType": 0,
                     *       "title": "test",
                     *       "timezone": "Australia/Brisbane",
                     *       "capacity": 123,
                     *       "domainName": null,
                     *       "startDateTime": "2019-09-28 06:00:00 UTC",
                     *       "endDateTime": "2019-10-31 07:00:00 UTC",
                     *       "numRegistered": 26,
                     *       "currentStatus": 3,
                     *       "contactName": "",
                     *       "contactEmail": "",
                     *       "websiteUrl": "https://www.ivvy.com.au/event/EVENTCODE/",
                     *       "websiteTemplateBannerImageUrl": "",
                     *       "eventTags": [],
                     *       "appTitle": null,
                     *       "twitter": null,
                     *       "appBanner": 0,
                     *       "map": null,
                     *       "includeSpeakers": false,
                     *       "displaySpeakers": false,
                     *       "includeSponsors": false,
                     *       "displaySponsors": false,
                     *       "includeBooths": true,
                     *       "displayExhibitors": false,
                     *       "includeAbstracts": false,
                     *       "displayAbstracts": false,
                     *       "useMultipleSessions": true,
                     *       "includeHotels": false,
                     *       "includeTravel": false,
                     *       "includeMembership": false
                     *     }
                     */
                    "application/json": {
                        id?: number;
                        code?: string;
                        eventType?: number;
                        title?: string;
                        timezone?: string;
                        capacity?: number;
                        domainName?: unknown;
                        startDateTime?: string;
                        endDateTime?: string;
                        numRegistered?: number;
                        currentStatus?: number;
                        contactName?: string;
                        contactEmail?: string;
                        websiteUrl?: string;
                        websiteTemplateBannerImageUrl?: string;
                        eventTags?: unknown[];
                        appTitle?: unknown;
                        twitter?: unknown;
                        appBanner?: number;
                        map?: unknown;
                        includeSpeakers?: boolean;
                        displaySpeakers?: boolean;
                        includeSponsors?: boolean;
                        displaySponsors?: boolean;
                        includeBooths?: boolean;
                        displayExhibitors?: boolean;
                        includeAbstracts?: boolean;
                        displayAbstracts?: boolean;
                        useMultipleSessions?: boolean;
                        includeHotels?: boolean;
                        includeTravel?: boolean;
                        includeMembership?: boolean;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "event.getEventList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    perPage?: number;
                    start?: number;
                    includeVenueDetails?: boolean;
                    includeTicketDetails?: boolean;
                    includeInformationDetails?: boolean;
                    includeHomepageContent?: boolean;
                    orderBy?: string;
                    orderDir?: string;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getEventList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            code?: string;
                            /** @enum {integer} */
                            eventType?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;
                            title?: string;
                            domainName?: unknown;
                            startDateTime?: string;
                            endDateTime?: string;
                            numRegistered?: number;
                            /** @enum {integer} */
                            currentStatus?: 0 | 1 | 3;
                            contactEmail?: string;
                            websiteUrl?: string;
                            websiteTemplateBannerImageUrl?: string;
                            venue?: {
                                name?: unknown;
                                description?: unknown;
                                address?: unknown;
                                imageUrl?: unknown;
                            };
                            tickets?: unknown[];
                            information?: {
                                description?: unknown;
                                information?: unknown;
                                fileUrl?: unknown;
                                sortOrder?: unknown;
                            };
                            homepageContent?: unknown;
                            eventTags?: unknown[];
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "event.getInvitedContactList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    eventId?: number;
                    start?: number;
                    perPage?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getInvitedContactList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 345,
                     *         "start": 0,
                     *         "perPage": 2,
                     *         "count": 2
                     *       },
                     *       "results": [
                     *         {
                     *           "eventId": 1,
                     *           "contactId": 1,
                     *           "firstName": "Test",
                     *           "lastName": "Last",
                     *           "email": "first@test.com",
                     *           "phone": "1346789798",
                     *           "response": "Y",
                     *           "registrationId": 1,
                     *           "modifiedDate": "2018-09-19 09:00:34 UTC"
                     *         },
                     *         {
                     *           "eventId": 1,
                     *           "contactId": 2,
                     *           "firstName": "Test",
                     *           "lastName": "Two",
                     *           "email": "test@two.com",
                     *           "phone": "+61 123456789",
                     *           "response": "U",
                     *           "registrationId": null,
                     *           "modifiedDate": "2018-09-19 08:57:11 UTC"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            eventId?: number;
                            contactId?: number;
                            firstName?: string;
                            lastName?: string;
                            email?: string;
                            phone?: string;
                            response?: string;
                            registrationId?: unknown;
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "event.getRegistration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: number;
                    eventId?: number;
                };
            };
        };
        responses: {
            /** @description The getRegistration response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: unknown;
                        currentStatus?: number;
                        isExhibitor?: unknown;
                        completedDate?: string;
                        firstName?: string;
                        lastName?: string;
                        phone?: unknown;
                        privacyConsentData?: {
                            source?: unknown;
                            dateTime?: unknown;
                        };
                        modifiedDate?: string;
                        mainContactId?: unknown;
                        invoiceTotalCost?: unknown;
                        invoiceTotalPaid?: unknown;
                        createdDate?: string;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "event.getRegistrationList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    perPage?: number;
                    start?: number;
                    eventId?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getRegistrationList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: unknown;
                            eventName?: unknown;
                            currentStatus?: number;
                            isExhibitor?: unknown;
                            completedDate?: string;
                            mainContactId?: unknown;
                            firstName?: string;
                            lastName?: string;
                            phone?: unknown;
                            privacyConsentData?: {
                                source?: unknown;
                                dateTime?: unknown;
                            };
                            invoiceTotalCost?: unknown;
                            invoiceTotalPaid?: unknown;
                            createdDate?: string;
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "event.getSessionList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "eventId": 1
                 *     }
                 */
                "application/json": {
                    eventId?: number;
                };
            };
        };
        responses: {
            /** @description The getSessionList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 1,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 1
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1,
                     *           "eventId": 1,
                     *           "name": "Test Session 1",
                     *           "startDate": "2018-04-18 03:30:00 UTC",
                     *           "endDate": "2018-04-18 15:00:00 UTC",
                     *           "description": null,
                     *           "roomId": 1,
                     *           "isOptional": true,
                     *           "maxCapacity": 10,
                     *           "costAmount": 100,
                     *           "isTaxFree": true,
                     *           "autoCloseDate": "2025-03-12 19:30:00 UTC",
                     *           "setupTime": 3,
                     *           "breakdownTime": 4,
                     *           "speakers": [
                     *             1,
                     *             2581
                     *           ],
                     *           "showInAgenda": true,
                     *           "showTime": true,
                     *           "onlyForCertainTickets": true,
                     *           "tickets": [
                     *             1,
                     *             576
                     *           ],
                     *           "notes": "Session notes",
                     *           "setupNotes": "setup notes",
                     *           "createdDate": "2018-04-19 05:51:17 UTC",
                     *           "modifiedDate": "2025-03-11 23:17:05 UTC",
                     *           "allowGuests": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            eventId?: number;
                            name?: string;
                            startDate?: string;
                            endDate?: string;
                            description?: unknown;
                            roomId?: number;
                            isOptional?: boolean;
                            maxCapacity?: number;
                            costAmount?: number;
                            isTaxFree?: boolean;
                            autoCloseDate?: string;
                            setupTime?: number;
                            breakdownTime?: number;
                            speakers?: number[];
                            showInAgenda?: boolean;
                            showTime?: boolean;
                            onlyForCertainTickets?: boolean;
                            tickets?: number[];
                            notes?: string;
                            setupNotes?: string;
                            createdDate?: string;
                            modifiedDate?: string;
                            allowGuests?: boolean;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "event.getSpeakerList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "event": 15593
                 *     }
                 */
                "application/json": {
                    event?: number;
                };
            };
        };
        responses: {
            /** @description The getSpeakerList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 1,
                     *         "start": 0,
                     *         "perPage": 1,
                     *         "count": 1
                     *       },
                     *       "results": [
                     *         {
                     *           "id": "6",
                     *           "fullName": "Mr Speaker",
                     *           "organisation": "Google",
                     *           "position": "Lead Developer",
                     *           "profileDescription": "...",
                     *           "profileImageUrl": "https://…./8869de9237bb1.png"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: string;
                            fullName?: string;
                            organisation?: string;
                            position?: string;
                            profileDescription?: string;
                            profileImageUrl?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "event.getSponsorshipList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "event": 15593
                 *     }
                 */
                "application/json": {
                    event?: number;
                };
            };
        };
        responses: {
            /** @description The getSponsorshipList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: string;
                            name?: string;
                            description?: string;
                            websiteAddress?: string;
                            logoImageUrl?: unknown;
                            level?: string;
                            customLevelId?: unknown;
                            sponsorshipAmount?: string;
                            sponsorshipAmountPaid?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "event.inviteContacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "event": 4,
                 *       "contacts": [
                 *         1,
                 *         2,
                 *         3
                 *       ]
                 *     }
                 */
                "application/json": {
                    event: number;
                    contacts: number[];
                };
            };
        };
        responses: {
            /** @description The inviteContacts response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "results": [
                     *         {
                     *           "contact": 1,
                     *           "status": true,
                     *           "inviteLinkYes": "http://....",
                     *           "inviteLinkNo": "http://...."
                     *         },
                     *         {
                     *           "contact": 2,
                     *           "status": false
                     *         },
                     *         {
                     *           "contact": 3,
                     *           "status": true,
                     *           "inviteLinkYes": "http://....",
                     *           "inviteLinkNo": "http://...."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        results?: {
                            contact?: number;
                            status?: boolean;
                            inviteLinkYes?: string;
                            inviteLinkNo?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "invoice.addPayment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    invoiceId?: number;
                    paidDate?: string;
                    amountPaid?: number;
                    paymentMethod?: number;
                    customPaymentMethodId?: number;
                    receiptNum?: string;
                    reconciledDate?: string;
                    cardType?: string;
                    feePercentage?: number;
                    feeAmount?: number;
                    feeExcludedTaxIds?: unknown[];
                    chequeNumber?: string;
                    chequeDrawerName?: string;
                    chequeBankBranch?: string;
                    eftTransferDate?: string;
                    eftPaymentReference?: string;
                };
            };
        };
        responses: {
            /** @description The addPayment response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "Success": true,
                     *       "Id": 5452
                     *     }
                     */
                    "application/json": {
                        Success?: boolean;
                        Id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "invoice.getCreditNote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 716
                 *     }
                 */
                "application/json": {
                    id: number;
                };
            };
        };
        responses: {
            /** @description The getCreditNote response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 716,
                     *       "reference": "CN10000129",
                     *       "title": "Test Credit Note",
                     *       "notes": "",
                     *       "currency": "AUD",
                     *       "totalAmount": 1118.4,
                     *       "totalTaxAmount": 100,
                     *       "amountAllocated": 1118.4,
                     *       "amountRefunded": null,
                     *       "createdDate": "2021-02-16 05:10:55 UTC",
                     *       "modifiedDate": "2021-02-16 05:15:42 UTC",
                     *       "refType": 4,
                     *       "refId": 27398,
                     *       "eventId": null,
                     *       "venueId": 1,
                     *       "contactId": null,
                     *       "companyId": 854,
                     *       "address": {
                     *         "line1": "2/1 New Castle Stree",
                     *         "line2": "",
                     *         "line3": "",
                     *         "line4": "",
                     *         "city": "Burleigh Heads",
                     *         "stateCode": "QLD",
                     *         "countryCode": "AU",
                     *         "postalCode": 4220
                     *       },
                     *       "taxes": [
                     *         {
                     *           "taxId": 5455,
                     *           "amount": 100,
                     *           "costcenterId": 0,
                     *           "taxRateId": 0,
                     *           "taxRateAmount": 0,
                     *           "taxRateAmountType": 0
                     *         }
                     *       ],
                     *       "items": [
                     *         {
                     *           "id": 551,
                     *           "description": "Accommodation: Room \"Room 4\" arrive 02/01/2021 depart 03/01/2021",
                     *           "quantity": 1,
                     *           "unitCost": 1000,
                     *           "totalCost": 1000,
                     *           "totalTaxCost": 90.91,
                     *           "amountPaid": null,
                     *           "refType": 510,
                     *           "costCenters": [
                     *             {
                     *               "costcenterId": 6,
                     *               "totalCost": 1000,
                     *               "totalTaxCost": 90.909
                     *             }
                     *           ],
                     *           "taxes": [
                     *             {
                     *               "taxId": 5455,
                     *               "amount": 90.909,
                     *               "taxRateId": 0,
                     *               "taxRateAmount": 0,
                     *               "taxRateAmountType": 0,
                     *               "costcenterId": 0
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "id": 552,
                     *           "description": "Service Fee: Accomm SF (10%) on Room \"Room 4\"",
                     *           "quantity": 1,
                     *           "unitCost": 100,
                     *           "totalCost": 100,
                     *           "totalTaxCost": 9.09,
                     *           "amountPaid": null,
                     *           "refType": 513,
                     *           "costCenters": [
                     *             {
                     *               "costcenterId": 6,
                     *               "totalCost": 100.000091,
                     *               "totalTaxCost": 9.091
                     *             }
                     *           ],
                     *           "taxes": [
                     *             {
                     *               "taxId": 5455,
                     *               "amount": 9.091,
                     *               "taxRateId": 0,
                     *               "taxRateAmount": 0,
                     *               "taxRateAmountType": 0,
                     *               "costcenterId": 0
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "id": 553,
                     *           "description": "Balance Adjustment",
                     *           "quantity": 1,
                     *           "unitCost": 18.4,
                     *           "totalCost": 18.4,
                     *           "totalTaxCost": 0,
                     *           "amountPaid": null,
                     *           "refType": 504,
                     *           "costCenters": [
                     *             {
                     *               "costcenterId": 16105,
                     *               "totalCost": 500,
                     *               "totalTaxCost": 45.455
                     *             }
                     *           ],
                     *           "taxes": []
                     *         }
                     *       ],
                     *       "allocations": [
                     *         {
                     *           "invoiceId": 4842,
                     *           "creditDate": "2021-02-16 05:16:17",
                     *           "amountAllocated": 1000,
                     *           "notes": null
                     *         }
                     *       ],
                     *       "refunds": [
                     *         {
                     *           "refundId": 195,
                     *           "refundDate": "2021-02-18 00:05:15",
                     *           "amountRefunded": 118.4,
                     *           "notes": "Jus refunded."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        id?: number;
                        reference?: string;
                        title?: string;
                        notes?: string;
                        currency?: string;
                        totalAmount?: number;
                        totalTaxAmount?: number;
                        amountAllocated?: number;
                        amountRefunded?: unknown;
                        createdDate?: string;
                        modifiedDate?: string;
                        refType?: number;
                        refId?: number;
                        eventId?: unknown;
                        venueId?: number;
                        contactId?: unknown;
                        companyId?: number;
                        address?: {
                            line1?: string;
                            line2?: string;
                            line3?: string;
                            line4?: string;
                            city?: string;
                            stateCode?: string;
                            countryCode?: string;
                            postalCode?: number;
                        };
                        taxes?: {
                            taxId?: number;
                            amount?: number;
                            costcenterId?: number;
                            taxRateId?: number;
                            taxRateAmount?: number;
                            taxRateAmountType?: number;
                        }[];
                        items?: {
                            id?: number;
                            description?: string;
                            quantity?: number;
                            unitCost?: number;
                            totalCost?: number;
                            totalTaxCost?: number;
                            amountPaid?: unknown;
                            refType?: number;
                            costCenters?: {
                                costcenterId?: number;
                                totalCost?: number;
                                totalTaxCost?: number;
                            }[];
                            taxes?: unknown[];
                        }[];
                        allocations?: {
                            invoiceId?: number;
                            creditDate?: string;
                            amountAllocated?: number;
                            notes?: unknown;
                        }[];
                        refunds?: {
                            refundId?: number;
                            refundDate?: string;
                            amountRefunded?: number;
                            notes?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "invoice.getCreditNoteList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    perPage: number;
                    start: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getCreditNoteList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 124,
                     *         "start": 0,
                     *         "perPage": 2,
                     *         "count": 2
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1,
                     *           "reference": "CN10000001",
                     *           "title": "Event Testing: *Registration 7*",
                     *           "notes": null,
                     *           "currency": "AUD",
                     *           "totalAmount": 500,
                     *           "totalTaxAmount": 45.45,
                     *           "amountAllocated": null,
                     *           "amountRefunded": null,
                     *           "createdDate": "2015-12-28 08:31:50 UTC",
                     *           "modifiedDate": "2015-12-28 08:31:50 UTC",
                     *           "refType": 1,
                     *           "refId": 7,
                     *           "eventId": 2,
                     *           "venueId": null,
                     *           "contactId": 153,
                     *           "companyId": null,
                     *           "invoiceId": null
                     *         },
                     *         {
                     *           "id": 3,
                     *           "reference": "CN10000003",
                     *           "title": "*Deposit Invoice*",
                     *           "notes": null,
                     *           "currency": "AUD",
                     *           "totalAmount": null,
                     *           "totalTaxAmount": null,
                     *           "amountAllocated": null,
                     *           "amountRefunded": null,
                     *           "createdDate": "2015-12-28 12:43:02 UTC",
                     *           "modifiedDate": "2015-12-28 12:43:02 UTC",
                     *           "refType": 4,
                     *           "refId": 1437,
                     *           "eventId": null,
                     *           "venueId": null,
                     *           "contactId": 0,
                     *           "companyId": null,
                     *           "invoiceId": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            reference?: string;
                            title?: string;
                            notes?: unknown;
                            currency?: string;
                            totalAmount?: unknown;
                            totalTaxAmount?: unknown;
                            amountAllocated?: unknown;
                            amountRefunded?: unknown;
                            createdDate?: string;
                            modifiedDate?: string;
                            refType?: number;
                            refId?: number;
                            eventId?: unknown;
                            venueId?: unknown;
                            contactId?: number;
                            companyId?: unknown;
                            invoiceId?: unknown;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "invoice.getInvoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "id": 15
                 *     }
                 */
                "application/json": {
                    id?: number;
                };
            };
        };
        responses: {
            /** @description The getInvoice response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: number;
                        reference?: string;
                        title?: string;
                        description?: string;
                        currency?: string;
                        totalCost?: number;
                        totalTaxCost?: number;
                        amountPaid?: number;
                        toContactEmail?: string;
                        toContactName?: string;
                        contact?: Record<string, never>;
                        company?: Record<string, never>;
                        currentStatus?: number;
                        createdDate?: string;
                        modifiedDate?: string;
                        refType?: number;
                        refId?: number;
                        taxRateUsed?: number;
                        isTaxCharged?: number;
                        paymentDueDate?: string;
                        eventId?: number;
                        venueId?: number;
                        toContactId?: unknown;
                        toAddress?: Record<string, never>;
                        bookingCode?: string;
                        bookingId?: unknown;
                        items?: unknown[];
                        payments?: unknown[];
                        refunds?: unknown[];
                        venueExTaxes?: unknown[];
                        additionalData?: {
                            purchaseOrderReference?: unknown;
                            taxes?: {
                                id?: unknown;
                                name?: unknown;
                            };
                        };
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "invoice.getInvoiceList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getInvoiceList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            reference?: string;
                            title?: string;
                            description?: string;
                            currency?: string;
                            totalCost?: number;
                            totalTaxCost?: number;
                            amountPaid?: number;
                            toContactEmail?: string;
                            toContactName?: string;
                            contact?: Record<string, never>;
                            company?: Record<string, never>;
                            /** @enum {integer} */
                            currentStatus?: 0 | 1 | 2 | 3 | 4 | 5;
                            createdDate?: string;
                            modifiedDate?: string;
                            refType?: number;
                            refId?: number;
                            taxRateUsed?: number;
                            isTaxCharged?: number;
                            paymentDueDate?: string;
                            eventId?: number;
                            venueId?: number;
                            toContactId?: unknown;
                            toAddress?: {
                                line1?: unknown;
                                line2?: unknown;
                                line3?: unknown;
                                line4?: unknown;
                                city?: unknown;
                                stateCode?: unknown;
                                stateName?: unknown;
                                countryCode?: unknown;
                                countryName?: unknown;
                                postalCode?: unknown;
                            };
                            bookingCode?: string;
                            bookingId?: unknown;
                            payments?: unknown[];
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "invoice.getOptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The getOptions response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invoiceRefTypes?: unknown;
                        invoiceLineRefTypes?: unknown;
                        paymentMethods?: unknown;
                        customPaymentMethods?: unknown;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "partner.getVenue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: number;
                    availabilityStartDate?: string;
                    availabilityEndDate?: string;
                };
            };
        };
        responses: {
            /** @description The getVenue response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "partner.getVenueList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    availabilityStartDate?: string;
                    availabilityEndDate?: string;
                    allowsLiveBook?: boolean;
                };
            };
        };
        responses: {
            /** @description The getVenueList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 1,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 1
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 21,
                     *           "hashId": "1efda3e35a75aabd13e8996037d35a79",
                     *           "businessName": "iVvy Conference Centre",
                     *           "businessNumber": 123123,
                     *           "phone": "1300 004 889",
                     *           "fax": "",
                     *           "websiteAddress": "",
                     *           "emailAddress": "example@domain.com",
                     *           "description": "(text)",
                     *           "checkinTime": "11:00:00",
                     *           "checkoutTime": "14:00:00",
                     *           "childAge": 0,
                     *           "infantAge": 0,
                     *           "currencyCode": "AUD",
                     *           "localeCode": "en_AU",
                     *           "timezone": "Australia/Brisbane",
                     *           "hasSpaces": true,
                     *           "hasAccommodation": true,
                     *           "numMeetingRooms": 0,
                     *           "numAccommodationRooms": 200,
                     *           "maxSpaceArea": null,
                     *           "totalSpaceArea": null,
                     *           "longitude": "153.4065773",
                     *           "latitude": "-28.0067947",
                     *           "primaryAddress": {
                     *             "line1": "2 Boston Court",
                     *             "line2": "",
                     *             "line3": "",
                     *             "line4": "",
                     *             "city": "Varsity Lakes",
                     *             "stateCode": "QLD",
                     *             "stateName": null,
                     *             "countryCode": "AU",
                     *             "countryName": null,
                     *             "postalCode": 4227
                     *           },
                     *           "isTaxExclusive": false,
                     *           "allowsLiveBook": true,
                     *           "instantBookUrl": "http://stagemarketplace.ivvy.com/order/start?v=1efda3e35a75aabd13e8996037d35a79",
                     *           "availability": {
                     *             "2015-05-20": {
                     *               "isAvailable": true
                     *             },
                     *             "2015-05-21": {
                     *               "isAvailable": true
                     *             },
                     *             "2015-05-22": {
                     *               "isAvailable": true
                     *             },
                     *             "2015-05-23": {
                     *               "isAvailable": true
                     *             },
                     *             "2015-05-24": {
                     *               "isAvailable": true
                     *             },
                     *             "2015-05-25": {
                     *               "isAvailable": true
                     *             },
                     *             "2015-05-26": {
                     *               "isAvailable": true
                     *             }
                     *           },
                     *           "mainImageUrl": "https://stagemarketplace.ivvy.com/conference-centre/venue-name.html",
                     *           "detailsPageUrl": "https://stagemarketplace.ivvy.com/g//venue/image/display/id/66968c1a68880070f4606194da6227f4"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            hashId?: string;
                            businessName?: string;
                            businessNumber?: number;
                            phone?: string;
                            fax?: string;
                            websiteAddress?: string;
                            emailAddress?: string;
                            description?: string;
                            checkinTime?: string;
                            checkoutTime?: string;
                            childAge?: number;
                            infantAge?: number;
                            currencyCode?: string;
                            localeCode?: string;
                            timezone?: string;
                            hasSpaces?: boolean;
                            hasAccommodation?: boolean;
                            numMeetingRooms?: number;
                            numAccommodationRooms?: number;
                            maxSpaceArea?: unknown;
                            totalSpaceArea?: unknown;
                            longitude?: string;
                            latitude?: string;
                            primaryAddress?: {
                                line1?: string;
                                line2?: string;
                                line3?: string;
                                line4?: string;
                                city?: string;
                                stateCode?: string;
                                stateName?: unknown;
                                countryCode?: string;
                                countryName?: unknown;
                                postalCode?: number;
                            };
                            isTaxExclusive?: boolean;
                            allowsLiveBook?: boolean;
                            instantBookUrl?: string;
                            availability?: {
                                "2015-05-20"?: {
                                    isAvailable?: boolean;
                                };
                                "2015-05-21"?: {
                                    isAvailable?: boolean;
                                };
                                "2015-05-22"?: {
                                    isAvailable?: boolean;
                                };
                                "2015-05-23"?: {
                                    isAvailable?: boolean;
                                };
                                "2015-05-24"?: {
                                    isAvailable?: boolean;
                                };
                                "2015-05-25"?: {
                                    isAvailable?: boolean;
                                };
                                "2015-05-26"?: {
                                    isAvailable?: boolean;
                                };
                            };
                            mainImageUrl?: string;
                            detailsPageUrl?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.addItemsToBooking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 2,
                 *       "bookingId": 2,
                 *       "items": [
                 *         {
                 *           "description": "The complete description of the additional item",
                 *           "quantity": 10,
                 *           "salePrice": 500,
                 *           "salePriceHasTax": true,
                 *           "salePriceTaxId": 2,
                 *           "cost": 15,
                 *           "costHasTax": true,
                 *           "costCentreId": 5,
                 *           "costCentreType": 2,
                 *           "startDate": "2015-01-19 00:00:00 UTC",
                 *           "endDate": "2015-01-22 00:00:00 UTC",
                 *           "excludedFromCommissions": true
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                    items?: Record<string, never>[];
                };
            };
        };
        responses: {
            /** @description The addItemsToBooking response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "items": [
                     *         501
                     *       ]
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        items?: number[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.addOrUpdateBooking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id?: number;
                    venueId: number;
                    leadId?: number;
                    /** @enum {integer} */
                    bookingType?: 1 | 4;
                    /** @enum {integer} */
                    currentStatus?: 1 | 2 | 3 | 5 | 9;
                    code?: string;
                    name?: string;
                    companyId?: number;
                    company?: Record<string, never>;
                    contactId?: number;
                    contact?: Record<string, never>;
                    industryId?: number;
                    purchaseOrderNumber?: string;
                    eventTypeId?: number;
                    eventSubTypeId?: number;
                    bookedById?: number;
                    canBeMoved?: boolean;
                    dateEventStart?: string;
                    dateEventEnd?: string;
                    totalAttendees?: number;
                    packageId?: number;
                    packagePrice?: number;
                    isAccommIncluded?: boolean;
                    dateAccomStart?: string;
                    dateAccomEnd?: string;
                    accommCutOffDate?: string;
                    accommCancellationDate?: string;
                    /** @enum {integer} */
                    accommChargingMethod?: 0 | 1 | 2 | 3 | 4;
                    accommGuaranteeRequired?: boolean;
                    accommExternalBlockId?: string;
                    /** @enum {integer} */
                    accommReservationMethod?: 1 | 2 | 3 | 4;
                    accommReservationCancellationDate?: string;
                    /** @enum {integer} */
                    accommArrivalMethod?: 1 | 2;
                    isConfidential?: boolean;
                    otaFolioRef?: string;
                    bookingRoleUserId1?: string;
                    bookingRoleUserId2?: string;
                    bookingRoleUserId3?: string;
                    bookingRoleUserId4?: string;
                    bookingRoleUserId5?: string;
                    customFields?: {
                        fieldId: number;
                        fieldValue: unknown;
                    }[];
                    discountCode?: string;
                    externalUrls?: {
                        ref: string;
                        url?: string | null;
                        label?: string;
                    }[] | null;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateBooking response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 1234,
                     *       "warnings": [
                     *         "packageErrors",
                     *         "packageSessionErrors"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                        warnings?: string[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.addOrUpdateBookingAccommodation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id?: number;
                    venueId: number;
                    bookingId: number;
                    roomVenueId: number;
                    barId?: number;
                    roomId: number;
                    startDate: string;
                    endDate: string;
                    overrideCapacity?: boolean;
                    cutOffDate?: string;
                    dayRatesActual?: {
                        bookingDate: string;
                        numRooms: number;
                        cost: number;
                        numPayableByGuest?: number;
                    }[];
                    dayRatesForecast?: {
                        bookingDate: string;
                        numRooms: number;
                        cost: number;
                        numPayableByGuest?: number;
                    }[];
                    dayRatesNet?: {
                        bookingDate: string;
                        numRooms: number;
                        cost: number;
                        discount?: number;
                        numPayableByGuest?: number;
                    }[];
                    dayRates?: {
                        bookingDate: string;
                        numRooms: number;
                        cost: number;
                        numPayableByGuest?: number;
                    }[];
                    dayRatesActualMultiOcc?: {
                        bookingDate?: string;
                        numRooms?: number;
                        cost?: number;
                        discount?: number;
                        numPayableByGuest?: number;
                        /** @enum {integer} */
                        occType?: 1 | 2 | 3 | 4;
                    }[];
                    dayRatesForecastMultiOcc?: {
                        bookingDate?: string;
                        numRooms?: number;
                        cost?: number;
                        discount?: number;
                        numPayableByGuest?: number;
                        /** @enum {integer} */
                        occType?: 1 | 2 | 3 | 4;
                    }[];
                    dayRatesNetMultiOcc?: {
                        bookingDate?: string;
                        numRooms?: number;
                        cost?: number;
                        discount?: number;
                        numPayableByGuest?: number;
                        /** @enum {integer} */
                        occType?: 1 | 2 | 3 | 4;
                    }[];
                    dayRatesMultiOcc?: {
                        bookingDate?: string;
                        numRooms?: number;
                        cost?: number;
                        discount?: number;
                        numPayableByGuest?: number;
                        numFreeRooms?: number;
                        /** @enum {integer} */
                        occType?: 1 | 2 | 3 | 4;
                    }[];
                    excludedTaxIds?: number[];
                    roomOptions?: {
                        bookingDate: string;
                        roomOptionId: number;
                        numRooms: number;
                        /** @enum {integer} */
                        priceType?: 1 | 2;
                        numOptions?: number;
                        numOptionsPerRoom: number;
                        price: number;
                        excludedTaxIds?: number[];
                        costcenterId?: number;
                        numPayableByGuest?: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description The addOrUpdateBookingAccommodation response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 1423
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.addOrUpdateBookingAttendee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1,
                 *       "bookingId": 4407,
                 *       "firstName": "First Name",
                 *       "lastName": "Last Name",
                 *       "phone": "123456",
                 *       "dietaryRequirement": "Something required for my diet",
                 *       "email": "test@email.com",
                 *       "menuItems": [
                 *         {
                 *           "sessionId": "2447",
                 *           "menuId": 225,
                 *           "inventoryId": 14
                 *         },
                 *         {
                 *           "sessionId": "2447",
                 *           "menuId": 225,
                 *           "inventoryId": 15
                 *         },
                 *         {
                 *           "sessionId": "2448",
                 *           "menuId": 226,
                 *           "inventoryId": 16
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    id?: number;
                    hash?: string;
                    venueId: number;
                    bookingId: number;
                    firstName: string;
                    lastName: string;
                    phone: string;
                    email: string;
                    dietaryRequirement?: string;
                    menuItems?: unknown[];
                };
            };
        };
        responses: {
            /** @description The addOrUpdateBookingAttendee response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 8821
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.addOrUpdateBookingNote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 5,
                 *       "venueId": 1,
                 *       "bookingId": 110,
                 *       "description": "test description",
                 *       "typeId": 23,
                 *       "bookingDays": [
                 *         1,
                 *         2
                 *       ],
                 *       "applyToTemplates": [
                 *         1,
                 *         2
                 *       ]
                 *     }
                 */
                "application/json": {
                    id?: number;
                    venueId: number;
                    bookingId: number;
                    description: string;
                    isPrivate?: boolean;
                    /** @enum {integer} */
                    typeId?: 3 | 8 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 2 | 4 | 5 | 7 | 6 | 22 | 23 | 24 | 25 | 26 | 27 | 29 | 30 | 31 | 32 | 33 | 34 | 35 | 36 | 37;
                    bookingDays?: unknown[];
                    accommodationIds?: unknown[];
                    sessionIds?: unknown[];
                    menuIds?: unknown[];
                    beverageIds?: unknown[];
                    resourceIds?: unknown[];
                    productIds?: unknown[];
                    applyToTemplates?: unknown[];
                };
            };
        };
        responses: {
            /** @description The addOrUpdateBookingNote response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success?: boolean;
                        id?: unknown;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.addOrUpdateBookingPackage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id?: number;
                    venueId: number;
                    bookingId: number;
                    packageId: number;
                    bookingDate?: string;
                    price?: number;
                    costcenters?: {
                        id: number;
                        value: number;
                        excludedTaxIds?: unknown;
                    }[];
                    mainSpaceVenueId?: number;
                    mainSpaceId?: number;
                    spaceLayoutId?: number;
                    numberAttendees?: number;
                    agreedAttendees?: number;
                    expectedAttendees?: number;
                    guaranteedAttendees?: number;
                    setAttendees?: number;
                    actualAttendees?: number;
                    isAccommIncluded?: number;
                    smallDescription?: string;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateBookingPackage response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 8821,
                     *       "warnings": null
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                        warnings?: unknown;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.addOrUpdateBookingRoomReservation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id?: number;
                    venueId: number;
                    bookingId: number;
                    canBeEdited?: boolean;
                    mainGuest?: {
                        id?: number;
                        guestContact?: {
                            firstName: string;
                            lastName: string;
                            email: string;
                            phone?: string;
                        };
                        primaryPhone?: string;
                        address?: Record<string, never>;
                    };
                    rooms?: {
                        id?: number;
                        guest?: {
                            id?: number;
                            guestContact?: {
                                firstName: string;
                                lastName: string;
                                email: string;
                                phone?: string;
                            };
                            primaryPhone?: string;
                            address?: Record<string, never>;
                        };
                        groupId?: number;
                        arrivalDate?: string;
                        departureDate?: string;
                        excludedTaxIds?: number[];
                        numAdultGuests?: number;
                        numChildGuests?: number;
                        dayRates?: {
                            dayDate: string;
                            cost: number;
                        }[];
                        additionalGuests?: {
                            guestId?: number;
                            guest?: {
                                id?: number;
                                guestContact?: {
                                    firstName: string;
                                    lastName: string;
                                    email: string;
                                    phone?: string;
                                };
                                primaryPhone?: string;
                                address?: Record<string, never>;
                            };
                            arrivalDate?: string;
                            departureDate?: string;
                            /** @enum {integer} */
                            guestType?: 1 | 2;
                        }[];
                        overrideBlockCapacity?: boolean;
                        externalReference?: string;
                        /** @enum {integer} */
                        occType?: 1 | 2 | 3 | 4;
                    }[];
                    removeRooms?: number[];
                };
            };
        };
        responses: {
            /** @description The addOrUpdateBookingRoomReservation response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 123,
                     *       "reference": "45",
                     *       "mainGuest": {
                     *         "id": 101,
                     *         "guestContactId": 43213
                     *       },
                     *       "rooms": [
                     *         {
                     *           "id": 4001,
                     *           "guest": {
                     *             "id": 101,
                     *             "guestContactId": 43213
                     *           },
                     *           "additionalGuests": []
                     *         },
                     *         {
                     *           "id": 4002,
                     *           "guest": {
                     *             "id": 102,
                     *             "guestContactId": 44321
                     *           },
                     *           "additionalGuests": [
                     *             {
                     *               "guestId": 103,
                     *               "guestContactId": 43277,
                     *               "guestType": 2
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                        reference?: string;
                        mainGuest?: {
                            id?: number;
                            guestContactId?: number;
                        };
                        rooms?: {
                            id?: number;
                            guest?: {
                                id?: number;
                                guestContactId?: number;
                            };
                            additionalGuests?: unknown[];
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.addOrUpdateBookingSession": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id?: number;
                    spaceVenueId: number;
                    bookingId: number;
                    contactId: number;
                    name: string;
                    minAttendeesGuaranteed?: number;
                    agreedAttendees?: number;
                    expectedAttendees?: number;
                    guaranteedAttendees?: number;
                    setAttendees?: number;
                    actualAttendees?: number;
                    spaceId?: number;
                    spaceLayout?: number;
                    /** @enum {integer} */
                    layoutType?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
                    customLayoutName?: string;
                    startDate: string;
                    startTime?: string;
                    endTime?: string;
                    setupTime?: number;
                    setdownTime?: number;
                    includeInPackage?: boolean;
                    bookingPackageId?: number;
                    tariffId?: number;
                    roomHireType?: number;
                    costcenterId?: number;
                    cost?: number;
                    excludedTaxIds?: unknown[];
                    sessionTypeId?: number;
                    overridePax?: boolean;
                    isSignageVisible?: boolean;
                    signage?: string;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateBookingSession response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 8821,
                     *       "warnings": null
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                        warnings?: unknown;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.addOrUpdateBookingSessionBeverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id?: number;
                    venueId: number;
                    bookingId?: number;
                    sessionId?: number;
                    beverageId?: number;
                    name?: string;
                    minAttendeesGuaranteed?: number;
                    startTime?: string;
                    endTime?: string;
                    sameAsSessionTime?: boolean;
                    includeInPackage?: boolean;
                    bookingPackageId?: number;
                    costcenterId?: number;
                    cost?: number;
                    excludedTaxIds?: unknown[];
                    costPeriod?: number;
                    numHours?: number;
                    sortOrder?: number;
                    excludedFromCommissions?: boolean;
                    items?: unknown[];
                };
            };
        };
        responses: {
            /** @description The addOrUpdateBookingSessionBeverage response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 1234
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.addOrUpdateBookingSessionMenu": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id?: number;
                    venueId: number;
                    bookingId?: number;
                    sessionId?: number;
                    menuId?: number;
                    name?: string;
                    minAttendeesGuaranteed?: number;
                    sameAsSessionAttendees?: boolean;
                    startTime?: string;
                    endTime?: string;
                    sameAsSessionTime?: boolean;
                    includeInPackage?: boolean;
                    bookingPackageId?: number;
                    costcenterId?: number;
                    cost?: number;
                    excludedTaxIds?: unknown[];
                    costcenters?: {
                        costcenterId: number;
                        costPerPerson: number;
                        costPerPersonExcludedTaxIds?: unknown;
                    }[];
                    sortOrder?: number;
                    items?: unknown[];
                };
            };
        };
        responses: {
            /** @description The addOrUpdateBookingSessionMenu response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 1234
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.addOrUpdateBookingSessionResource": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                    sessionId?: number;
                    resourceId?: number;
                    quantity?: number;
                    startTime?: string;
                    endTime?: string;
                    includeInPackage?: boolean;
                    bookingPackageId?: number;
                    costCenterId?: number;
                    cost?: number;
                    costType?: number;
                    excludedTaxIds?: unknown[];
                    hasCommissions?: boolean;
                    id?: number;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateBookingSessionResource response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 7
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.addOrUpdateFunctionSpace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: number;
                    venueId?: number;
                    name?: string;
                    description?: string;
                    categoryId?: number;
                    hasLayouts?: boolean;
                    minPax?: number;
                    maxPax?: number;
                    maxNumBookings?: number;
                    area?: number;
                    length?: number;
                    width?: number;
                    heightMaximum?: number;
                    heightMinimum?: number;
                    floorPressureMaximum?: number;
                    isViewable?: boolean;
                    eventTypes?: unknown[];
                    marketplaceName?: string;
                    hasSmallerSpaces?: boolean;
                    partSpaceIds?: unknown[];
                    includedInReportDashboard?: boolean;
                    threeDScanId?: string;
                    useIntegrationPartner?: boolean;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateFunctionSpace response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 7
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.addOrUpdateFunctionSpaceCategory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    venueId: number;
                    name: string;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateFunctionSpaceCategory response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 7
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.addOrUpdateGuestRoom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: number;
                    venueId?: number;
                    name?: string;
                    code?: string;
                    categoryIds?: unknown[];
                    capacity?: number;
                    description?: string;
                    numStandardAdults?: number;
                    numExtraAdults?: number;
                    extraAdultCost?: number;
                    canSmoke?: boolean;
                    active?: boolean;
                    marketplaceName?: boolean;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateGuestRoom response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 10
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.addOrUpdateOpportunity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id?: number;
                    venueId: number;
                    name?: string;
                    description?: string;
                    companyId?: number;
                    company?: Record<string, never>;
                    companyLeadContactId?: number;
                    contactId?: number;
                    contact?: Record<string, never>;
                    qualityId?: number;
                    industryId?: number;
                    sourceId?: number;
                    ownerUserId?: number;
                    typeId?: number;
                    subtypeId?: number;
                    stageId?: number;
                    stageReasonId?: number;
                    channelId?: number;
                    utmSource?: string;
                    utmMedium?: string;
                    utmCampaign?: string;
                    utmTerm?: string;
                    utmContent?: string;
                    referralContactId?: number;
                    referralContact?: Record<string, never>;
                    referralCompanyId?: number;
                    referralCompany?: Record<string, never>;
                    confirmedQuoteId?: number;
                    confirmedQuoteStatus?: number;
                    cancelledQuoteId?: number;
                    lostToCompetition?: number;
                    closedDate?: string;
                    customFields?: unknown[];
                    externalUrls?: unknown[] | null;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateOpportunity response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 755
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.addOrUpdateOpportunityNote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: number;
                    venueId?: number;
                    leadId?: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The addOrUpdateOpportunityNote response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 755
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.addOrUpdateRatePlanBookingRulesCollection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    items?: unknown[];
                };
            };
        };
        responses: {
            /** @description The addOrUpdateRatePlanBookingRulesCollection response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.addOrUpdateRoomCountsCollection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    items?: unknown[];
                };
            };
        };
        responses: {
            /** @description The addOrUpdateRoomCountsCollection response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.addOrUpdateRoomDynamicRatesCollection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    items?: unknown[];
                };
            };
        };
        responses: {
            /** @description The addOrUpdateRoomDynamicRatesCollection response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.addOrUpdateSpaceBlockout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The addOrUpdateSpaceBlockout response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 10
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.addPaymentToBooking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 2,
                 *       "bookingId": 2,
                 *       "payment": {
                 *         "paidDate": "2015-01-22 00:00:00",
                 *         "amountPaid": 100,
                 *         "paymentMethod": 6,
                 *         "receiptNum": 12345,
                 *         "notes": "Note for payment"
                 *       }
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                    payment?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The addPaymentToBooking response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "Success": true,
                     *       "invoiceId": 1736,
                     *       "paymentId": 758
                     *     }
                     */
                    "application/json": {
                        Success?: boolean;
                        invoiceId?: number;
                        paymentId?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.addRefundToBooking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 2,
                 *       "bookingId": 2,
                 *       "refund": {
                 *         "refundDate": "2015-01-22 00:00:00 UTC",
                 *         "amount": 100,
                 *         "notes": "Note for refund"
                 *       }
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                    refund?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The addRefundToBooking response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "Success": true,
                     *       "refundDetails": [
                     *         {
                     *           "invoiceId": 1736,
                     *           "refundId": 180
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        Success?: boolean;
                        refundDetails?: {
                            invoiceId?: number;
                            refundId?: number;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.cancelBookingRoomReservation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                    id?: number;
                    roomId?: number;
                    roomIds?: unknown[];
                };
            };
        };
        responses: {
            /** @description The cancelBookingRoomReservation response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "errorType": null,
                     *       "failedRooms": []
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        errorType?: unknown;
                        failedRooms?: unknown[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.changeBookingStatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: number;
                    venueId: number;
                    /** @enum {integer} */
                    currentStatus: 1 | 2 | 3 | 4 | 9;
                    changedByUserId?: number;
                    cancelStageId?: number;
                    cancelReasonId?: number;
                    cancelLostToCompetition?: string;
                    cancelClosedDate?: string;
                    convertedStageId?: number;
                    convertedStageReasonId?: number;
                    /** @enum {integer} */
                    marketplaceStageReasonType?: 1 | 2 | 3 | 4 | 5 | 6 | 7;
                    convertedClosedDate?: string;
                };
            };
        };
        responses: {
            /** @description The changeBookingStatus response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 1234
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.changeStatusOfBookingRoomReservation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                    id?: number;
                    status?: number;
                    roomIds?: unknown[];
                };
            };
        };
        responses: {
            /** @description The changeStatusOfBookingRoomReservation response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "errorType": null
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        errorType?: unknown;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.confirmBookingRoomReservation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                    id?: number;
                    roomIds?: unknown[];
                };
            };
        };
        responses: {
            /** @description The confirmBookingRoomReservation response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "errorType": null
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        errorType?: unknown;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.convertLeadToOpportunity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    leadId?: number;
                    venueId?: number;
                    stageId?: number;
                };
            };
        };
        responses: {
            /** @description The convertLeadToOpportunity response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success?: boolean;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getAvailableFunctionSpaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1,
                 *       "startDatetime": "2025-11-26 09:00:00",
                 *       "endDatetime": "2025-11-26 10:00:00",
                 *       "eventType": 1,
                 *       "pax": 10,
                 *       "layoutType": 1,
                 *       "spaceIds": [
                 *         1
                 *       ]
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                    startDatetime?: string;
                    endDatetime?: string;
                    eventType?: number;
                    pax?: number;
                    layoutType?: number;
                    spaceIds?: unknown[];
                };
            };
        };
        responses: {
            /** @description The getAvailableFunctionSpaces response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 2,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 2
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 5991,
                     *           "name": "Main Hall",
                     *           "isAvailable": true,
                     *           "reason": null,
                     *           "conflict": null
                     *         },
                     *         {
                     *           "id": 6048,
                     *           "name": "Music hall",
                     *           "isAvailable": false,
                     *           "reason": 3,
                     *           "conflict": {
                     *             "venueId": 1,
                     *             "bookingId": 30167,
                     *             "sessionId": 25728,
                     *             "spaceId": 6048,
                     *             "startDate": "2025-07-20 09:00:00",
                     *             "endDate": "2025-07-20 10:00:00",
                     *             "pax": 10
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta?: {
                            totalResults?: number;
                            start?: number;
                            perPage?: number;
                            count?: number;
                        };
                        results?: {
                            id?: number;
                            name?: string;
                            isAvailable?: boolean;
                            reason?: unknown;
                            conflict?: unknown;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getBeveragePackageList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getBeveragePackageList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 5,
                     *         "start": 0,
                     *         "perPage": 50,
                     *         "count": 2
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 125,
                     *           "name": "Beverage Package 1",
                     *           "minimumPax": 20,
                     *           "maximumPax": 30,
                     *           "cost": 98,
                     *           "costType": 1,
                     *           "smallDescription": "small description",
                     *           "marketplaceName": "Marketplace Name 1",
                     *           "marketplaceEventTypes": null
                     *         },
                     *         {
                     *           "id": 125,
                     *           "name": "Beverage Package 2",
                     *           "minimumPax": 10,
                     *           "maximumPax": 30,
                     *           "cost": 198,
                     *           "costType": 2,
                     *           "smallDescription": "small description",
                     *           "marketplaceName": "Marketplace Name 2",
                     *           "marketplaceEventTypes": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            name?: string;
                            minimumPax?: number;
                            maximumPax?: number;
                            cost?: number;
                            costType?: number;
                            smallDescription?: string;
                            marketplaceName?: string;
                            marketplaceEventTypes?: unknown;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getBooking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "id": 3
                 *     }
                 */
                "application/json": {
                    id?: number;
                };
            };
        };
        responses: {
            /** @description The getBooking response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getBookingAccommodationList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                };
            };
        };
        responses: {
            /** @description The getBookingAccommodationList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 5,
                     *         "start": 0,
                     *         "perPage": 5,
                     *         "count": 5
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1432,
                     *           "venueId": 178,
                     *           "bookingId": 4304,
                     *           "roomVenueId": 178,
                     *           "barId": null,
                     *           "roomId": 76,
                     *           "startDate": "2018-08-27",
                     *           "endDate": "2018-08-31",
                     *           "overrideCapacity": true,
                     *           "costcenterId": 1376,
                     *           "includeInPackage": false,
                     *           "cutOffDate": "2018-08-15",
                     *           "dayRatesActual": [
                     *             {
                     *               "bookingDate": "2018-08-27",
                     *               "numRooms": 11,
                     *               "cost": 180,
                     *               "discount": 10,
                     *               "numPayableByGuest": 11
                     *             },
                     *             {
                     *               "bookingDate": "2018-08-28",
                     *               "numRooms": 12,
                     *               "cost": 190,
                     *               "discount": 10,
                     *               "numPayableByGuest": 12
                     *             },
                     *             {
                     *               "bookingDate": "2018-08-29",
                     *               "numRooms": 13,
                     *               "cost": 175,
                     *               "discount": 10,
                     *               "numPayableByGuest": 13
                     *             },
                     *             {
                     *               "bookingDate": "2018-08-30",
                     *               "numRooms": 14,
                     *               "cost": 210,
                     *               "discount": 10,
                     *               "numPayableByGuest": 14
                     *             }
                     *           ],
                     *           "dayRates": [
                     *             {
                     *               "bookingDate": "2018-08-27",
                     *               "numRooms": 11,
                     *               "cost": 180,
                     *               "discount": 10,
                     *               "numPayableByGuest": 11,
                     *               "numFreeRooms": 1
                     *             },
                     *             {
                     *               "bookingDate": "2018-08-28",
                     *               "numRooms": 12,
                     *               "cost": 190,
                     *               "discount": 10,
                     *               "numPayableByGuest": 12,
                     *               "numFreeRooms": 1
                     *             },
                     *             {
                     *               "bookingDate": "2018-08-29",
                     *               "numRooms": 13,
                     *               "cost": 175,
                     *               "discount": 10,
                     *               "numPayableByGuest": 13,
                     *               "numFreeRooms": 1
                     *             },
                     *             {
                     *               "bookingDate": "2018-08-30",
                     *               "numRooms": 14,
                     *               "cost": 210,
                     *               "discount": 10,
                     *               "numPayableByGuest": 14,
                     *               "numFreeRooms": 1
                     *             }
                     *           ],
                     *           "dayRatesNet": [
                     *             {
                     *               "bookingDate": "2018-08-27",
                     *               "numRooms": 11,
                     *               "cost": 180,
                     *               "discount": 10,
                     *               "numPayableByGuest": 11
                     *             },
                     *             {
                     *               "bookingDate": "2018-08-28",
                     *               "numRooms": 12,
                     *               "cost": 190,
                     *               "discount": 10,
                     *               "numPayableByGuest": 12
                     *             },
                     *             {
                     *               "bookingDate": "2018-08-29",
                     *               "numRooms": 13,
                     *               "cost": 175,
                     *               "discount": 10,
                     *               "numPayableByGuest": 13
                     *             },
                     *             {
                     *               "bookingDate": "2018-08-30",
                     *               "numRooms": 14,
                     *               "cost": 210,
                     *               "discount": 10,
                     *               "numPayableByGuest": 14
                     *             }
                     *           ],
                     *           "dayRatesForecast": [
                     *             {
                     *               "bookingDate": "2018-08-27",
                     *               "numRooms": 11,
                     *               "cost": 180,
                     *               "discount": 10,
                     *               "numPayableByGuest": 11
                     *             },
                     *             {
                     *               "bookingDate": "2018-08-28",
                     *               "numRooms": 12,
                     *               "cost": 190,
                     *               "discount": 10,
                     *               "numPayableByGuest": 12
                     *             },
                     *             {
                     *               "bookingDate": "2018-08-29",
                     *               "numRooms": 13,
                     *               "cost": 175,
                     *               "discount": 10,
                     *               "numPayableByGuest": 13
                     *             },
                     *             {
                     *               "bookingDate": "2018-08-30",
                     *               "numRooms": 14,
                     *               "cost": 210,
                     *               "discount": 10,
                     *               "numPayableByGuest": 14
                     *             }
                     *           ],
                     *           "excludedTaxIds": [],
                     *           "roomOptions": [
                     *             {
                     *               "bookingDate": "2018-08-27",
                     *               "roomOptionId": 35,
                     *               "numRooms": 11,
                     *               "priceType": 1,
                     *               "numOptions": 1,
                     *               "numOptionsPerRoom": 1,
                     *               "price": 65,
                     *               "discount": 10,
                     *               "excludedTaxIds": [],
                     *               "totalAmount": 715,
                     *               "totalDiscount": 10,
                     *               "totalTaxAmount": 65.01,
                     *               "costcenterId": 1377,
                     *               "numPayableByGuest": 11,
                     *               "commssion": 3
                     *             },
                     *             {
                     *               "bookingDate": "2018-08-30",
                     *               "roomOptionId": 36,
                     *               "numRooms": 10,
                     *               "priceType": 1,
                     *               "numOptions": 1,
                     *               "numOptionsPerRoom": 1,
                     *               "price": 80,
                     *               "discount": 10,
                     *               "excludedTaxIds": [],
                     *               "totalAmount": 800,
                     *               "totalDiscount": 10,
                     *               "totalTaxAmount": 72.7,
                     *               "costcenterId": 1377,
                     *               "numPayableByGuest": 10,
                     *               "commssion": 4
                     *             }
                     *           ],
                     *           "createdDate": "2018-08-22 06:43:24 UTC",
                     *           "modifiedDate": "2018-08-22 06:43:24 UTC"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            venueId?: number;
                            bookingId?: number;
                            roomVenueId?: number;
                            barId?: unknown;
                            roomId?: number;
                            startDate?: string;
                            endDate?: string;
                            overrideCapacity?: boolean;
                            costcenterId?: number;
                            includeInPackage?: boolean;
                            cutOffDate?: string;
                            dayRatesActual?: {
                                bookingDate?: string;
                                numRooms?: number;
                                cost?: number;
                                discount?: number;
                                numPayableByGuest?: number;
                            }[];
                            dayRates?: {
                                bookingDate?: string;
                                numRooms?: number;
                                cost?: number;
                                discount?: number;
                                numPayableByGuest?: number;
                                numFreeRooms?: number;
                            }[];
                            dayRatesNet?: {
                                bookingDate?: string;
                                numRooms?: number;
                                cost?: number;
                                discount?: number;
                                numPayableByGuest?: number;
                            }[];
                            dayRatesForecast?: {
                                bookingDate?: string;
                                numRooms?: number;
                                cost?: number;
                                discount?: number;
                                numPayableByGuest?: number;
                            }[];
                            excludedTaxIds?: unknown[];
                            roomOptions?: {
                                bookingDate?: string;
                                roomOptionId?: number;
                                numRooms?: number;
                                priceType?: number;
                                numOptions?: number;
                                numOptionsPerRoom?: number;
                                price?: number;
                                discount?: number;
                                excludedTaxIds?: unknown[];
                                totalAmount?: number;
                                totalDiscount?: number;
                                totalTaxAmount?: number;
                                costcenterId?: number;
                                numPayableByGuest?: number;
                                commssion?: number;
                            }[];
                            createdDate?: string;
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getBookingAttendeeByHash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1,
                 *       "bookingId": 4407,
                 *       "hash": "a58cac7da5865295bec0a0136c618874"
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                    hash?: string;
                };
            };
        };
        responses: {
            /** @description The getBookingAttendeeByHash response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "10",
                     *       "venueId": "1",
                     *       "bookingId": "4407",
                     *       "firstName": "First",
                     *       "lastName": "Last",
                     *       "phone": "123456789",
                     *       "email": "some@email.com",
                     *       "dietaryRequirement": "Specific requirement",
                     *       "isFromCateringWebsite": true,
                     *       "menuItems": [
                     *         {
                     *           "sessionId": "2447",
                     *           "menuId": "225",
                     *           "inventoryId": "14"
                     *         },
                     *         {
                     *           "sessionId": "2447",
                     *           "menuId": "226",
                     *           "inventoryId": "18"
                     *         },
                     *         {
                     *           "sessionId": "2448",
                     *           "menuId": "227",
                     *           "inventoryId": "20"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        id?: string;
                        venueId?: string;
                        bookingId?: string;
                        firstName?: string;
                        lastName?: string;
                        phone?: string;
                        email?: string;
                        dietaryRequirement?: string;
                        isFromCateringWebsite?: boolean;
                        menuItems?: {
                            sessionId?: string;
                            menuId?: string;
                            inventoryId?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getBookingAttendeeList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1,
                 *       "bookingId": 4407,
                 *       "perPage": 100,
                 *       "orderBy": "name"
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                    orderBy?: string;
                    perPage?: number;
                };
            };
        };
        responses: {
            /** @description The getBookingAttendeeList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 2,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 2
                     *       },
                     *       "results": [
                     *         {
                     *           "id": "10",
                     *           "venueId": "1",
                     *           "bookingId": "4407",
                     *           "firstName": "First",
                     *           "lastName": "Last",
                     *           "phone": "123456789",
                     *           "email": "some@email.com",
                     *           "dietaryRequirement": "Specific requirement",
                     *           "isFromCateringWebsite": true,
                     *           "menuItems": [
                     *             {
                     *               "sessionId": "2447",
                     *               "menuId": "225",
                     *               "inventoryId": "14"
                     *             },
                     *             {
                     *               "sessionId": "2447",
                     *               "menuId": "226",
                     *               "inventoryId": "18"
                     *             },
                     *             {
                     *               "sessionId": "2448",
                     *               "menuId": "227",
                     *               "inventoryId": "20"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "id": "11",
                     *           "venueId": "1",
                     *           "bookingId": "4407",
                     *           "firstName": "First 2",
                     *           "lastName": "Last 2 ",
                     *           "phone": "123456789",
                     *           "email": "some2@email.com",
                     *           "dietaryRequirement": "Specific requirement",
                     *           "isFromCateringWebsite": true,
                     *           "menuItems": [
                     *             {
                     *               "sessionId": "2447",
                     *               "menuId": "225",
                     *               "inventoryId": "14"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: string;
                            venueId?: string;
                            bookingId?: string;
                            firstName?: string;
                            lastName?: string;
                            phone?: string;
                            email?: string;
                            dietaryRequirement?: string;
                            isFromCateringWebsite?: boolean;
                            menuItems?: {
                                sessionId?: string;
                                menuId?: string;
                                inventoryId?: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getBookingBeoList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1,
                 *       "bookingId": 22363
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                    onlyGenerated?: boolean;
                    start?: number;
                    perPage?: number;
                };
            };
        };
        responses: {
            /** @description The getBookingBeoList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 1,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 1
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1114,
                     *           "venueId": 1,
                     *           "bookingId": 22363,
                     *           "beoType": 3,
                     *           "beoNumber": 360,
                     *           "version": 1,
                     *           "versionNote": "",
                     *           "file": null,
                     *           "templateName": "Generic Venue Booking BEO",
                     *           "status": 4,
                     *           "createdBy": 1,
                     *           "createdDate": "2025-04-24 01:33:39 UTC"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            venueId?: number;
                            bookingId?: number;
                            beoType?: number;
                            beoNumber?: number;
                            version?: number;
                            versionNote?: string;
                            file?: unknown;
                            templateName?: string;
                            status?: number;
                            createdBy?: number;
                            createdDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getBookingBeoVersionList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1,
                 *       "bookingId": 22363,
                 *       "beoNumber": 348
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                    onlyGenerated?: boolean;
                    beoNumber?: number;
                    perPage?: number;
                    start?: number;
                };
            };
        };
        responses: {
            /** @description The getBookingBeoVersionList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 3,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 3
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1098,
                     *           "venueId": 1,
                     *           "bookingId": 25539,
                     *           "beoType": 6,
                     *           "beoNumber": 348,
                     *           "version": 1,
                     *           "versionNote": "",
                     *           "file": {
                     *             "url": "https://some.url/expiry2b",
                     *             "urlExpiry": "2025-05-06 04:58:52 UTC",
                     *             "filename": "29/12/2024 - BEO 348-1 - Test - Day1 - IPD-17309 Summarized tax.pdf"
                     *           },
                     *           "templateName": "Generic Venue Session BEO",
                     *           "status": 4,
                     *           "createdBy": 1,
                     *           "createdDate": "2025-04-23 04:39:10 UTC"
                     *         },
                     *         {
                     *           "id": 1099,
                     *           "venueId": 1,
                     *           "bookingId": 25539,
                     *           "beoType": 6,
                     *           "beoNumber": 348,
                     *           "version": 2,
                     *           "versionNote": "",
                     *           "file": null,
                     *           "templateName": "Generic Venue Session BEO",
                     *           "status": 4,
                     *           "createdBy": 1,
                     *           "createdDate": "2025-04-23 04:39:35 UTC"
                     *         },
                     *         {
                     *           "id": 1101,
                     *           "venueId": 1,
                     *           "bookingId": 25539,
                     *           "beoType": 6,
                     *           "beoNumber": 348,
                     *           "version": 3,
                     *           "versionNote": "Something 2",
                     *           "file": {
                     *             "url": "https://Some.url/expiry",
                     *             "urlExpiry": "2025-05-06 04:58:52 UTC",
                     *             "filename": "29/12/2024 - BEO 348-3 - Test - Day1 - IPD-17309 Summarized tax.pdf"
                     *           },
                     *           "templateName": "Generic Venue Session BEO",
                     *           "status": 9,
                     *           "createdBy": 1,
                     *           "createdDate": "2025-04-23 04:39:58 UTC"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            venueId?: number;
                            bookingId?: number;
                            beoType?: number;
                            beoNumber?: number;
                            version?: number;
                            versionNote?: string;
                            file?: unknown;
                            templateName?: string;
                            status?: number;
                            createdBy?: number;
                            createdDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getBookingChangelogList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1,
                 *       "bookingId": 4407,
                 *       "perPage": 100
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                    orderBy?: string;
                    perPage?: number;
                };
            };
        };
        responses: {
            /** @description The getBookingChangelogList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 2,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 2
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 8,
                     *           "venueId": 1,
                     *           "bookingId": 4407,
                     *           "beoId": 816,
                     *           "sessionId": "2447",
                     *           "recordedByUserId": "1",
                     *           "refType": 3,
                     *           "refId": 2447,
                     *           "noteText": "Some Changes in Session",
                     *           "createdDate": "2022-02-01 11:01:13 UTC",
                     *           "modifiedDate": "2022-02-01 11:01:13 UTC"
                     *         },
                     *         {
                     *           "id": 9,
                     *           "venueId": 1,
                     *           "bookingId": 4407,
                     *           "beoId": 816,
                     *           "sessionId": "2447",
                     *           "recordedByUserId": "10",
                     *           "refType": 3,
                     *           "refId": 2447,
                     *           "noteText": "Bit early in schedule",
                     *           "createdDate": "2022-02-01 11:10:39 UTC",
                     *           "modifiedDate": "2022-02-01 11:10:39 UTC"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            venueId?: number;
                            bookingId?: number;
                            beoId?: number;
                            sessionId?: string;
                            recordedByUserId?: string;
                            refType?: number;
                            refId?: number;
                            noteText?: string;
                            createdDate?: string;
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getBookingCustomFieldList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "perPage": 10
                 *     }
                 */
                "application/json": {
                    perPage?: number;
                };
            };
        };
        responses: {
            /** @description The getBookingCustomFieldList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 9,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 9
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1,
                     *           "fieldType": 0,
                     *           "displayName": "Small Text",
                     *           "isRequired": false,
                     *           "visibleTo": 3,
                     *           "userGroupIds": [
                     *             10
                     *           ],
                     *           "tooltipText": "",
                     *           "isRequiredOnMarketplace": false,
                     *           "sortOrder": 0,
                     *           "selectValues": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            fieldType?: number;
                            displayName?: string;
                            isRequired?: boolean;
                            visibleTo?: number;
                            userGroupIds?: number[];
                            tooltipText?: string;
                            isRequiredOnMarketplace?: boolean;
                            sortOrder?: number;
                            selectValues?: unknown;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getBookingDocumentList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1,
                 *       "bookingId": 3426,
                 *       "onlyGenerated": true
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                    onlyGenerated?: boolean;
                    start?: number;
                    perPage?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getBookingDocumentList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 3,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 3
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 3426,
                     *           "venueId": 1,
                     *           "bookingId": 22363,
                     *           "type": 4,
                     *           "documentNumber": null,
                     *           "version": null,
                     *           "file": {
                     *             "url": "https://someurl/with/expiry",
                     *             "urlExpiry": "2025-05-06 04:10:54 UTC",
                     *             "filename": "25/12/2024 - Test - Peppers Soul Surfers Paradise Tax Exclusive - Accom Extra.pdf"
                     *           },
                     *           "templateName": "Accom Extra",
                     *           "status": 4,
                     *           "createdDate": "2025-04-09 02:34:21 UTC",
                     *           "modifiedDate": "2025-04-09 02:38:36 UTC"
                     *         },
                     *         {
                     *           "id": 3428,
                     *           "venueId": 1,
                     *           "bookingId": 22363,
                     *           "type": 4,
                     *           "documentNumber": null,
                     *           "version": null,
                     *           "file": {
                     *             "url": "https://someurl/with/expiry2",
                     *             "urlExpiry": "2025-05-06 04:10:54 UTC",
                     *             "filename": "25/12/2024 - eashik - Peppers Soul Surfers Paradise Tax Exclusive - Accom Extra.pdf"
                     *           },
                     *           "templateName": "Accom Extra",
                     *           "status": 4,
                     *           "createdDate": "2025-04-09 02:50:39 UTC",
                     *           "modifiedDate": "2025-04-09 02:57:45 UTC"
                     *         },
                     *         {
                     *           "id": 3450,
                     *           "venueId": 1,
                     *           "bookingId": 22363,
                     *           "type": 4,
                     *           "documentNumber": null,
                     *           "version": null,
                     *           "file": null,
                     *           "templateName": "Accom Extra",
                     *           "status": 4,
                     *           "createdDate": "2025-04-09 03:09:25 UTC",
                     *           "modifiedDate": "2025-04-09 03:09:25 UTC"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            venueId?: number;
                            bookingId?: number;
                            type?: number;
                            documentNumber?: unknown;
                            version?: unknown;
                            file?: unknown;
                            templateName?: string;
                            status?: number;
                            createdDate?: string;
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getBookingDocumentVersionList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1,
                 *       "bookingId": 22363,
                 *       "onlyGenerated": true,
                 *       "documentNumber": 20
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                    onlyGenerated?: boolean;
                    documentNumber?: number;
                    start?: number;
                    perPage?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getBookingDocumentVersionList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 2,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 2
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 3426,
                     *           "venueId": 1,
                     *           "bookingId": 22363,
                     *           "type": 3,
                     *           "documentNumber": 20,
                     *           "version": 1,
                     *           "file": {
                     *             "url": "https://someurl/with/expiry",
                     *             "urlExpiry": "2025-05-06 04:10:54 UTC",
                     *             "filename": "25/12/2024 - Test - Peppers Soul Surfers Paradise Tax Exclusive - Accom Extra.pdf"
                     *           },
                     *           "templateName": null,
                     *           "status": 4,
                     *           "createdDate": "2025-04-09 02:34:21 UTC",
                     *           "modifiedDate": "2025-04-09 02:38:36 UTC"
                     *         },
                     *         {
                     *           "id": 3428,
                     *           "venueId": 1,
                     *           "bookingId": 22363,
                     *           "type": 4,
                     *           "documentNumber": 20,
                     *           "version": 2,
                     *           "file": {
                     *             "url": "https://someurl/with/expiry2",
                     *             "urlExpiry": "2025-05-06 04:10:54 UTC",
                     *             "filename": "25/12/2024 - eashik - Peppers Soul Surfers Paradise Tax Exclusive - Accom Extra.pdf"
                     *           },
                     *           "templateName": null,
                     *           "status": 4,
                     *           "createdDate": "2025-04-09 02:50:39 UTC",
                     *           "modifiedDate": "2025-04-09 02:57:45 UTC"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            venueId?: number;
                            bookingId?: number;
                            type?: number;
                            documentNumber?: number;
                            version?: number;
                            file?: {
                                url?: string;
                                urlExpiry?: string;
                                filename?: string;
                            };
                            templateName?: unknown;
                            status?: number;
                            createdDate?: string;
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getBookingList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getBookingList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: Record<string, never>[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getBookingListForAccount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "perPage": 1
                 *     }
                 */
                "application/json": {
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getBookingListForAccount response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: Record<string, never>[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getBookingNoteList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getBookingNoteList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 5,
                     *         "start": 0,
                     *         "perPage": 50,
                     *         "count": 2
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 409,
                     *           "venueId": 1,
                     *           "bookingId": 7192,
                     *           "isPrivate": false,
                     *           "description": "<p>Some note for Booking Accommodation</p> ",
                     *           "typeId": 8,
                     *           "createdBy": 1,
                     *           "createdDate": "2017-07-12 07:05:24 UTC",
                     *           "modifiedDate": "2017-07-12 07:05:24 UTC"
                     *         },
                     *         {
                     *           "id": 434,
                     *           "venueId": 1,
                     *           "bookingId": 7192,
                     *           "isPrivate": false,
                     *           "description": "<p>A note for booking session</p> ",
                     *           "typeId": 2,
                     *           "createdBy": 1,
                     *           "createdDate": "2017-10-31 13:29:13 UTC",
                     *           "modifiedDate": "2017-10-31 13:29:13 UTC"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            venueId?: number;
                            bookingId?: number;
                            isPrivate?: boolean;
                            description?: string;
                            typeId?: number;
                            createdBy?: number;
                            createdDate?: string;
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getBookingReleaseSchedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    venueId: number;
                    bookingId?: number;
                    start?: number;
                    perPage: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getBookingReleaseSchedule response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 3,
                     *         "start": 0,
                     *         "perPage": 5,
                     *         "count": 3
                     *       },
                     *       "results": [
                     *         {
                     *           "bookingId": 4288,
                     *           "venueId": 166,
                     *           "type": 1,
                     *           "numDaysFromEvent": 10,
                     *           "numOfRooms": 0,
                     *           "percentageOfRooms": 5
                     *         },
                     *         {
                     *           "bookingId": 4288,
                     *           "venueId": 166,
                     *           "type": 0,
                     *           "numDaysFromEvent": 15,
                     *           "numOfRooms": 5,
                     *           "percentageOfRooms": 0
                     *         },
                     *         {
                     *           "bookingId": 4289,
                     *           "venueId": 166,
                     *           "type": 0,
                     *           "numDaysFromEvent": 15,
                     *           "numOfRooms": 5,
                     *           "percentageOfRooms": 0
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            bookingId?: number;
                            venueId?: number;
                            type?: number;
                            numDaysFromEvent?: number;
                            numOfRooms?: number;
                            percentageOfRooms?: number;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getBookingRoomReservationList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                    start?: number;
                    perPage?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getBookingRoomReservationList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 1,
                     *         "start": 0,
                     *         "perPage": 5,
                     *         "count": 1
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 3241,
                     *           "venueId": 131,
                     *           "bookingId": 4248,
                     *           "reference": 164,
                     *           "mainGuestId": 542,
                     *           "mainGuest": {
                     *             "id": 542,
                     *             "guestContact": {
                     *               "id": 431,
                     *               "firstName": "Test1",
                     *               "lastName": "Com1",
                     *               "email": "test1.com1@somewhere.com",
                     *               "phone": "071234567890",
                     *               "createdDate": "2018-08-17 14:51:35 UTC",
                     *               "modifiedDate": "2018-08-17 14:51:35 UTC"
                     *             },
                     *             "primaryPhone": "071234567890",
                     *             "address": null,
                     *             "createdDate": "2018-08-17 14:51:35 UTC",
                     *             "modifiedDate": "2018-08-17 14:51:35 UTC"
                     *           },
                     *           "currentStatus": 2,
                     *           "isFromGroup": true,
                     *           "totalAmount": 745,
                     *           "rooms": [
                     *             {
                     *               "id": 123,
                     *               "guestId": 542,
                     *               "guest": {
                     *                 "id": 542,
                     *                 "guestContact": {
                     *                   "id": 431,
                     *                   "firstName": "Test1",
                     *                   "lastName": "Com1",
                     *                   "email": "test1.com1@somewhere.com",
                     *                   "phone": "071234567890",
                     *                   "createdDate": "2018-08-17 14:51:35 UTC",
                     *                   "modifiedDate": "2018-08-17 14:51:35 UTC"
                     *                 },
                     *                 "primaryPhone": "071234567890",
                     *                 "address": null,
                     *                 "createdDate": "2018-08-17 14:51:35 UTC",
                     *                 "modifiedDate": "2018-08-17 14:51:35 UTC"
                     *               },
                     *               "barId": 57,
                     *               "roomId": 14,
                     *               "groupId": 7589,
                     *               "currentStatus": 3,
                     *               "numRooms": 1,
                     *               "arrivalDate": "2018-09-01",
                     *               "departureDate": "2018-09-04",
                     *               "totalAmount": 545,
                     *               "excludedTaxIds": [],
                     *               "numAdultGuests": 1,
                     *               "numChildGuests": 0,
                     *               "createdDate": "2018-08-17 14:51:35 UTC",
                     *               "modifiedDate": "2018-08-17 14:51:35 UTC",
                     *               "isCancelled": false,
                     *               "cancelledDate": null,
                     *               "dayRates": [
                     *                 {
                     *                   "dayDate": "2018-09-01",
                     *                   "barId": 57,
                     *                   "cost": 180,
                     *                   "totalAmount": 180,
                     *                   "totalTaxAmount": 18
                     *                 },
                     *                 {
                     *                   "dayDate": "2018-09-02",
                     *                   "barId": 57,
                     *                   "cost": 190,
                     *                   "totalAmount": 190,
                     *                   "totalTaxAmount": 19
                     *                 },
                     *                 {
                     *                   "dayDate": "2018-09-03",
                     *                   "barId": 57,
                     *                   "cost": 175,
                     *                   "totalAmount": 175,
                     *                   "totalTaxAmount": 17
                     *                 }
                     *               ],
                     *               "additionalGuests": []
                     *             },
                     *             {
                     *               "id": 124,
                     *               "guestId": 543,
                     *               "guest": {
                     *                 "id": 543,
                     *                 "guestContact": {
                     *                   "id": 432,
                     *                   "firstName": "Test2",
                     *                   "lastName": "Com2",
                     *                   "email": "test2.com2@somewhere.com",
                     *                   "phone": "",
                     *                   "createdDate": "2018-08-17 14:52:21 UTC",
                     *                   "modifiedDate": "2018-08-17 14:52:21 UTC"
                     *                 },
                     *                 "primaryPhone": "070987654321",
                     *                 "address": {
                     *                   "line1": "123 Some Street",
                     *                   "line2": "",
                     *                   "line3": "",
                     *                   "line4": "",
                     *                   "city": "Brisbane",
                     *                   "postalCode": "4001",
                     *                   "countryCode": "AU",
                     *                   "stateCode": "QLD",
                     *                   "stateName": ""
                     *                 },
                     *                 "createdDate": "2018-08-17 14:52:21 UTC",
                     *                 "modifiedDate": "2018-08-17 14:52:21 UTC"
                     *               },
                     *               "barId": 57,
                     *               "roomId": 14,
                     *               "groupId": 7589,
                     *               "currentStatus": 3,
                     *               "numRooms": 1,
                     *               "arrivalDate": "2018-09-02",
                     *               "departureDate": "2018-09-03",
                     *               "totalAmount": 200,
                     *               "excludedTaxIds": [],
                     *               "numAdultGuests": 1,
                     *               "numChildGuests": 0,
                     *               "createdDate": "2018-08-17 14:52:21 UTC",
                     *               "modifiedDate": "2018-08-17 14:52:21 UTC",
                     *               "isCancelled": false,
                     *               "cancelledDate": null,
                     *               "dayRates": [
                     *                 {
                     *                   "date": "2018-09-02",
                     *                   "barId": 57,
                     *                   "cost": 200,
                     *                   "totalAmount": 200,
                     *                   "totalTaxAmount": 20
                     *                 }
                     *               ],
                     *               "additionalGuests": [
                     *                 {
                     *                   "guestId": 601,
                     *                   "guest": {
                     *                     "id": 601,
                     *                     "guestContact": {
                     *                       "id": 800,
                     *                       "firstName": "Jane",
                     *                       "lastName": "Doe",
                     *                       "email": "Jane.Doe@test.com",
                     *                       "phone": "123654789",
                     *                       "createdDate": "2018-08-17 18:43:33 UTC",
                     *                       "modifiedDate": "2018-08-17 18:43:33 UTC"
                     *                     },
                     *                     "primaryPhone": "123654789",
                     *                     "address": null,
                     *                     "createdDate": "2018-08-17 18:43:33 UTC",
                     *                     "modifiedDate": "2018-08-17 18:43:33 UTC"
                     *                   },
                     *                   "arrivalDate": "2018-09-02",
                     *                   "departureDate": "2018-09-03",
                     *                   "guestType": 2
                     *                 }
                     *               ],
                     *               "overrideBlockCapacity": true
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            venueId?: number;
                            bookingId?: number;
                            reference?: number;
                            mainGuestId?: number;
                            mainGuest?: {
                                id?: number;
                                guestContact?: {
                                    id?: number;
                                    firstName?: string;
                                    lastName?: string;
                                    email?: string;
                                    phone?: string;
                                    createdDate?: string;
                                    modifiedDate?: string;
                                };
                                primaryPhone?: string;
                                address?: unknown;
                                createdDate?: string;
                                modifiedDate?: string;
                            };
                            currentStatus?: number;
                            isFromGroup?: boolean;
                            totalAmount?: number;
                            rooms?: {
                                id?: number;
                                guestId?: number;
                                guest?: {
                                    id?: number;
                                    guestContact?: {
                                        id?: number;
                                        firstName?: string;
                                        lastName?: string;
                                        email?: string;
                                        phone?: string;
                                        createdDate?: string;
                                        modifiedDate?: string;
                                    };
                                    primaryPhone?: string;
                                    address?: unknown;
                                    createdDate?: string;
                                    modifiedDate?: string;
                                };
                                barId?: number;
                                roomId?: number;
                                groupId?: number;
                                currentStatus?: number;
                                numRooms?: number;
                                arrivalDate?: string;
                                departureDate?: string;
                                totalAmount?: number;
                                excludedTaxIds?: unknown[];
                                numAdultGuests?: number;
                                numChildGuests?: number;
                                createdDate?: string;
                                modifiedDate?: string;
                                isCancelled?: boolean;
                                cancelledDate?: unknown;
                                dayRates?: {
                                    dayDate?: string;
                                    barId?: number;
                                    cost?: number;
                                    totalAmount?: number;
                                    totalTaxAmount?: number;
                                    date?: string;
                                }[];
                                additionalGuests?: unknown[];
                                overrideBlockCapacity?: boolean;
                            }[];
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getBookingSessionList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                    perPage?: number;
                    orderBy?: string;
                    orderDir?: string;
                    includeBookingDetails?: boolean;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getBookingSessionList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 1550,
                     *         "start": 0,
                     *         "perPage": 1,
                     *         "count": 1
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 5260,
                     *           "bookingId": 10960,
                     *           "name": "abc",
                     *           "startDate": "2020-04-14",
                     *           "endDate": "2020-04-14",
                     *           "startTime": "08:00:00",
                     *           "endTime": "10:30:00",
                     *           "spaceVenueId": 1,
                     *           "spaceId": 3,
                     *           "spaceLayout": 3,
                     *           "customLayoutName": null,
                     *           "tariffId": 1,
                     *           "cost": 12,
                     *           "costAfterAdjustment": 12,
                     *           "costDiscount": 0,
                     *           "costSurcharge": null,
                     *           "amount": 13.2,
                     *           "totalDiscount": 0,
                     *           "totalSurcharge": null,
                     *           "totalTaxAmount": 1.2,
                     *           "excludedTaxIds": [],
                     *           "sfExcludedTaxIds": [],
                     *           "setupTime": null,
                     *           "setdownTime": null,
                     *           "canBeMoved": 1,
                     *           "minAttendeesGuaranteed": 10,
                     *           "agreedAttendees": 10,
                     *           "expectedAttendees": 10,
                     *           "guaranteedAttendees": 10,
                     *           "setAttendees": 10,
                     *           "actualAttendees": 10,
                     *           "signage": "",
                     *           "isSignageVisible": 1,
                     *           "createdDate": "2020-02-24 01:13:39 UTC",
                     *           "modifiedDate": "2020-02-24 01:16:43 UTC",
                     *           "roomHireType": 1,
                     *           "includeInPackage": false,
                     *           "bookingPackageId": 0,
                     *           "costcenterId": 4,
                     *           "overridePax": 1,
                     *           "sessionTypeId": 0,
                     *           "beoNumbers": null,
                     *           "booking": {
                     *             "name": "8KC8BZNQ7C",
                     *             "code": "8KC8BZNQ7C",
                     *             "contact": {
                     *               "id": 21,
                     *               "firstName": "Dina",
                     *               "lastName": "Antonopoulos",
                     *               "email": "email18@email.com",
                     *               "phone": 1233455
                     *             }
                     *           },
                     *           "projectedSpend": [
                     *             {
                     *               "priceMethod": 1,
                     *               "costcenterId": 1,
                     *               "total": 5000,
                     *               "amount": 100
                     *             },
                     *             {
                     *               "priceMethod": 2,
                     *               "costcenterId": 3,
                     *               "total": 50,
                     *               "amount": 50
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            bookingId?: number;
                            name?: string;
                            startDate?: string;
                            endDate?: string;
                            startTime?: string;
                            endTime?: string;
                            spaceVenueId?: number;
                            spaceId?: number;
                            spaceLayout?: number;
                            customLayoutName?: unknown;
                            tariffId?: number;
                            cost?: number;
                            costAfterAdjustment?: number;
                            costDiscount?: number;
                            costSurcharge?: unknown;
                            amount?: number;
                            totalDiscount?: number;
                            totalSurcharge?: unknown;
                            totalTaxAmount?: number;
                            excludedTaxIds?: unknown[];
                            sfExcludedTaxIds?: unknown[];
                            setupTime?: unknown;
                            setdownTime?: unknown;
                            canBeMoved?: number;
                            minAttendeesGuaranteed?: number;
                            agreedAttendees?: number;
                            expectedAttendees?: number;
                            guaranteedAttendees?: number;
                            setAttendees?: number;
                            actualAttendees?: number;
                            signage?: string;
                            isSignageVisible?: number;
                            createdDate?: string;
                            modifiedDate?: string;
                            roomHireType?: number;
                            includeInPackage?: boolean;
                            bookingPackageId?: number;
                            costcenterId?: number;
                            overridePax?: number;
                            sessionTypeId?: number;
                            beoNumbers?: unknown;
                            booking?: {
                                name?: string;
                                code?: string;
                                contact?: {
                                    id?: number;
                                    firstName?: string;
                                    lastName?: string;
                                    email?: string;
                                    phone?: number;
                                };
                            };
                            projectedSpend?: {
                                priceMethod?: number;
                                costcenterId?: number;
                                total?: number;
                                amount?: number;
                            }[];
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getBookingSessionMenuList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "perPage": 100,
                 *       "venueId": 1,
                 *       "bookingId": 313
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                    sessionId?: number;
                    orderBy?: string;
                    orderDir?: string;
                    start?: number;
                    perPage?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getBookingSessionMenuList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 1,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 1
                     *       },
                     *       "results": [
                     *         {
                     *           "id": "495",
                     *           "venueId": "1",
                     *           "bookingId": "313",
                     *           "sessionId": "519",
                     *           "menuId": "15",
                     *           "menuVenueId": "1",
                     *           "name": "Session menu of items",
                     *           "minAttendeesGuaranteed": 10,
                     *           "sameAsSessionTime": false,
                     *           "startTime": null,
                     *           "endTime": null,
                     *           "includeInPackage": false,
                     *           "bookingPackageId": null,
                     *           "costcenterId": 1,
                     *           "cost": 18,
                     *           "excludedTaxIds": [],
                     *           "items": [
                     *             {
                     *               "_type": "item",
                     *               "id": 58,
                     *               "name": "menu item 1",
                     *               "description": "",
                     *               "quantity": 2,
                     *               "price": 2,
                     *               "itemCost": 2,
                     *               "isOptional": 0,
                     *               "servingTime": null
                     *             },
                     *             {
                     *               "_type": "item",
                     *               "id": 59,
                     *               "name": "menu item 2",
                     *               "description": "",
                     *               "quantity": 3,
                     *               "price": 2,
                     *               "itemCost": 2,
                     *               "isOptional": 1,
                     *               "servingTime": null
                     *             },
                     *             {
                     *               "_type": "item",
                     *               "id": 60,
                     *               "name": "menu item 3",
                     *               "description": "",
                     *               "quantity": 4,
                     *               "price": 2,
                     *               "itemCost": 2,
                     *               "isOptional": 1,
                     *               "servingTime": null
                     *             }
                     *           ],
                     *           "sortOrder": 2,
                     *           "createdDate": "2022-03-24 06:11:07 UTC",
                     *           "modifiedDate": "2022-03-28 00:48:01 UTC",
                     *           "_translations_": {
                     *             "da_DK": {
                     *               "name": ""
                     *             },
                     *             "de_DE": {
                     *               "name": ""
                     *             },
                     *             "en_GB": {
                     *               "name": ""
                     *             },
                     *             "en_US": {
                     *               "name": "menu of items"
                     *             },
                     *             "es_ES": {
                     *               "name": ""
                     *             },
                     *             "fr_FR": {
                     *               "name": ""
                     *             },
                     *             "ms_MY": {
                     *               "name": ""
                     *             },
                     *             "nl_NL": {
                     *               "name": ""
                     *             },
                     *             "th_TH": {
                     *               "name": ""
                     *             }
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: string;
                            venueId?: string;
                            bookingId?: string;
                            sessionId?: string;
                            menuId?: string;
                            menuVenueId?: string;
                            name?: string;
                            minAttendeesGuaranteed?: number;
                            sameAsSessionTime?: boolean;
                            startTime?: unknown;
                            endTime?: unknown;
                            includeInPackage?: boolean;
                            bookingPackageId?: unknown;
                            costcenterId?: number;
                            cost?: number;
                            excludedTaxIds?: unknown[];
                            items?: {
                                _type?: string;
                                id?: number;
                                name?: string;
                                description?: string;
                                quantity?: number;
                                price?: number;
                                itemCost?: number;
                                isOptional?: number;
                                servingTime?: unknown;
                            }[];
                            sortOrder?: number;
                            createdDate?: string;
                            modifiedDate?: string;
                            _translations_?: {
                                da_DK?: {
                                    name?: string;
                                };
                                de_DE?: {
                                    name?: string;
                                };
                                en_GB?: {
                                    name?: string;
                                };
                                en_US?: {
                                    name?: string;
                                };
                                es_ES?: {
                                    name?: string;
                                };
                                fr_FR?: {
                                    name?: string;
                                };
                                ms_MY?: {
                                    name?: string;
                                };
                                nl_NL?: {
                                    name?: string;
                                };
                                th_TH?: {
                                    name?: string;
                                };
                            };
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getBookingTaxList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1,
                 *       "perPage": 1,
                 *       "bookingId": 2
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                    perPage?: number;
                };
            };
        };
        responses: {
            /** @description The getBookingTaxList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 6,
                     *         "start": 0,
                     *         "perPage": 1,
                     *         "count": 1
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 648,
                     *           "venueId": 1,
                     *           "bookingId": 2,
                     *           "venueTaxId": 1,
                     *           "name": "GST",
                     *           "type": 1,
                     *           "appliesTo": 1,
                     *           "amountType": 1,
                     *           "amount": 7.5,
                     *           "taxIds": [],
                     *           "excludedTaxIds": [],
                     *           "costcenterIds": [
                     *             1,
                     *             2
                     *           ],
                     *           "calculateExclusively": false,
                     *           "unitType": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            venueId?: number;
                            bookingId?: number;
                            venueTaxId?: number;
                            name?: string;
                            type?: number;
                            appliesTo?: number;
                            amountType?: number;
                            amount?: number;
                            taxIds?: unknown[];
                            excludedTaxIds?: unknown[];
                            costcenterIds?: number[];
                            calculateExclusively?: boolean;
                            unitType?: number;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getCostCenterList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getCostCenterList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 1,
                     *         "start": 0,
                     *         "perPage": 50,
                     *         "count": 1
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1,
                     *           "name": "Food",
                     *           "code": "venueccfd",
                     *           "description": "Venue food cost center",
                     *           "parentId": 321,
                     *           "parentDefaultType": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            name?: string;
                            code?: string;
                            description?: string;
                            parentId?: number;
                            parentDefaultType?: number;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getEventTypeList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The getEventTypeList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 11,
                     *         "start": 0,
                     *         "perPage": 2,
                     *         "count": 2
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1,
                     *           "name": "Christmas",
                     *           "description": null,
                     *           "marketplaceEventType": 11,
                     *           "contactType": 0,
                     *           "isViewable": true,
                     *           "createdDate": "2017-12-18 09:48:05 UTC",
                     *           "modifiedDate": "2017-12-18 09:48:05 UTC",
                     *           "subTypes": [
                     *             {
                     *               "id": 1,
                     *               "name": "Christmas Eve"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "id": 2,
                     *           "name": "Cocktail",
                     *           "description": null,
                     *           "marketplaceEventType": 11,
                     *           "contactType": 0,
                     *           "isViewable": true,
                     *           "createdDate": "2017-12-18 09:48:05 UTC",
                     *           "modifiedDate": "2017-12-18 09:48:05 UTC",
                     *           "subTypes": []
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            name?: string;
                            description?: unknown;
                            marketplaceEventType?: number;
                            contactType?: number;
                            isViewable?: boolean;
                            createdDate?: string;
                            modifiedDate?: string;
                            subTypes?: unknown[];
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getFunctionSpaceAvailability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1,
                 *       "startDate": "2020-11-26",
                 *       "endDate": "2020-11-30",
                 *       "spaceIds": [
                 *         1,
                 *         2
                 *       ]
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                    startDate?: string;
                    endDate?: string;
                    spaceIds?: unknown[];
                };
            };
        };
        responses: {
            /** @description The getFunctionSpaceAvailability response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "availability": [
                     *         {
                     *           "spaceId": 1,
                     *           "timeSlots": [
                     *             {
                     *               "date": "2020-11-26",
                     *               "startTime": "00:00:00",
                     *               "endTime": "23:59:59"
                     *             },
                     *             {
                     *               "date": "2020-11-27",
                     *               "startTime": "00:00:00",
                     *               "endTime": "09:00:00"
                     *             },
                     *             {
                     *               "date": "2020-11-27",
                     *               "startTime": "17:00:00",
                     *               "endTime": "23:59:59"
                     *             },
                     *             {
                     *               "date": "2020-11-28",
                     *               "startTime": "00:00:00",
                     *               "endTime": "23:59:59"
                     *             },
                     *             {
                     *               "date": "2020-11-29",
                     *               "startTime": "00:00:00",
                     *               "endTime": "23:59:59"
                     *             },
                     *             {
                     *               "date": "2020-11-30",
                     *               "startTime": "00:00:00",
                     *               "endTime": "23:59:59"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "spaceId": 2,
                     *           "timeSlots": [
                     *             {
                     *               "date": "2020-11-26",
                     *               "startTime": "00:00:00",
                     *               "endTime": "23:59:59"
                     *             },
                     *             {
                     *               "date": "2020-11-27",
                     *               "startTime": "00:00:00",
                     *               "endTime": "23:59:59"
                     *             },
                     *             {
                     *               "date": "2020-11-28",
                     *               "startTime": "00:00:00",
                     *               "endTime": "23:59:59"
                     *             },
                     *             {
                     *               "date": "2020-11-29",
                     *               "startTime": "00:00:00",
                     *               "endTime": "23:59:59"
                     *             },
                     *             {
                     *               "date": "2020-11-30",
                     *               "startTime": "00:00:00",
                     *               "endTime": "23:59:59"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        availability?: {
                            spaceId?: number;
                            timeSlots?: {
                                date?: string;
                                startTime?: string;
                                endTime?: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getFunctionSpaceCategoryList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1,
                 *       "perPage": 10
                 *     }
                 */
                "application/json": {
                    venueId: number;
                    perPage?: number;
                };
            };
        };
        responses: {
            /** @description The getFunctionSpaceCategoryList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 5,
                     *         "start": 0,
                     *         "perPage": 10,
                     *         "count": 5
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 2,
                     *           "name": "B Category"
                     *         },
                     *         {
                     *           "id": 1,
                     *           "name": "A Category"
                     *         },
                     *         {
                     *           "id": 3,
                     *           "name": "C"
                     *         },
                     *         {
                     *           "id": 4,
                     *           "name": "abc"
                     *         },
                     *         {
                     *           "id": 5,
                     *           "name": "D Category"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getFunctionSpaceList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                };
            };
        };
        responses: {
            /** @description The getFunctionSpaceList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 1,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 1
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1,
                     *           "venueId": 1,
                     *           "name": "Some Space",
                     *           "description": "<p>This is some space</p> ",
                     *           "categoryId": 1,
                     *           "imageId": 2555,
                     *           "hasLayouts": true,
                     *           "minPax": 1,
                     *           "maxPax": 1000,
                     *           "maxNumBookings": 1,
                     *           "area": 100,
                     *           "length": 100,
                     *           "width": 100,
                     *           "heightMaximum": 15,
                     *           "heightMinimum": 15,
                     *           "floorPressureMaximum": 100,
                     *           "partSpaceIds": [],
                     *           "includedInReportDashboard": true,
                     *           "threeDScanId": "",
                     *           "useIntegrationPartner": false,
                     *           "isViewable": true,
                     *           "marketplaceName": "Some Space",
                     *           "eventTypes": [
                     *             1,
                     *             2,
                     *             14,
                     *             15,
                     *             16,
                     *             17,
                     *             18
                     *           ],
                     *           "canBeLiveBooked": true,
                     *           "canProvideFoodBeverage": true,
                     *           "menuTypeIds": [
                     *             1,
                     *             2,
                     *             4
                     *           ],
                     *           "beverageCategoryIds": [
                     *             1,
                     *             2,
                     *             3,
                     *             4,
                     *             6
                     *           ],
                     *           "availableFromTime": null,
                     *           "availableTillTime": null,
                     *           "minimumBookingTime": null,
                     *           "restrictBookingTimeInterval": null,
                     *           "availableDaysOfWeek": [],
                     *           "displayAvailabilityTo": null,
                     *           "restrictVisibility": null,
                     *           "userGroupIds": [],
                     *           "isViewableToAnonymousUsers": true,
                     *           "sortOrder": 3,
                     *           "marketplaceSortOrder": 1,
                     *           "createdDate": "2015-01-09 03:51:23 UTC",
                     *           "modifiedDate": "2020-12-07 00:20:45 UTC",
                     *           "layouts": [
                     *             {
                     *               "id": 1,
                     *               "layoutName": "Theatre",
                     *               "layoutType": 1
                     *             },
                     *             {
                     *               "id": 2,
                     *               "layoutName": "Cabaret",
                     *               "layoutType": 4
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            venueId?: number;
                            name?: string;
                            description?: string;
                            categoryId?: number;
                            imageId?: number;
                            hasLayouts?: boolean;
                            minPax?: number;
                            maxPax?: number;
                            maxNumBookings?: number;
                            area?: number;
                            length?: number;
                            width?: number;
                            heightMaximum?: number;
                            heightMinimum?: number;
                            floorPressureMaximum?: number;
                            partSpaceIds?: unknown[];
                            includedInReportDashboard?: boolean;
                            threeDScanId?: string;
                            useIntegrationPartner?: boolean;
                            isViewable?: boolean;
                            marketplaceName?: string;
                            eventTypes?: number[];
                            canBeLiveBooked?: boolean;
                            canProvideFoodBeverage?: boolean;
                            menuTypeIds?: number[];
                            beverageCategoryIds?: number[];
                            availableFromTime?: unknown;
                            availableTillTime?: unknown;
                            minimumBookingTime?: unknown;
                            restrictBookingTimeInterval?: unknown;
                            availableDaysOfWeek?: unknown[];
                            displayAvailabilityTo?: unknown;
                            restrictVisibility?: unknown;
                            userGroupIds?: unknown[];
                            isViewableToAnonymousUsers?: boolean;
                            sortOrder?: number;
                            marketplaceSortOrder?: number;
                            createdDate?: string;
                            modifiedDate?: string;
                            layouts?: {
                                id?: number;
                                layoutName?: string;
                                layoutType?: number;
                            }[];
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getMenuList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1,
                 *       "perPage": 50,
                 *       "start": 15
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getMenuList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 5,
                     *         "start": 0,
                     *         "perPage": 50,
                     *         "count": 2
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 125,
                     *           "menuTypeCategory": 0,
                     *           "name": "Menu 1",
                     *           "minimumPax": 20,
                     *           "maximumPax": 30,
                     *           "cost": 98,
                     *           "costType": 1,
                     *           "smallDescription": "small description",
                     *           "marketplaceName": "Marketplace Name 1",
                     *           "marketplaceCategories": []
                     *         },
                     *         {
                     *           "id": 125,
                     *           "menuTypeCategory": 1,
                     *           "name": "Menu 2",
                     *           "minimumPax": 10,
                     *           "maximumPax": 30,
                     *           "cost": 198,
                     *           "costType": 2,
                     *           "smallDescription": "small description",
                     *           "marketplaceName": "Marketplace Name 2",
                     *           "marketplaceCategories": [
                     *             3
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            menuTypeCategory?: number;
                            name?: string;
                            minimumPax?: number;
                            maximumPax?: number;
                            cost?: number;
                            costType?: number;
                            smallDescription?: string;
                            marketplaceName?: string;
                            marketplaceCategories?: unknown[];
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getRatePlanBookingRules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    venueId: number;
                    startDate: string;
                    endDate: string;
                    roomIds?: unknown[];
                };
            };
        };
        responses: {
            /** @description The getRatePlanBookingRules response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 3,
                     *         "start": 0,
                     *         "perPage": 3,
                     *         "count": 3
                     *       },
                     *       "results": [
                     *         {
                     *           "barId": 1,
                     *           "roomId": 6,
                     *           "date": "2026-05-09",
                     *           "closeOutStatus": 2
                     *         },
                     *         {
                     *           "barId": 1,
                     *           "roomId": 6,
                     *           "date": "2026-05-10",
                     *           "closeOutStatus": 2
                     *         },
                     *         {
                     *           "barId": 1,
                     *           "roomId": 6,
                     *           "date": "2026-05-11",
                     *           "closeOutStatus": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta?: {
                            totalResults?: number;
                            start?: number;
                            perPage?: number;
                            count?: number;
                        };
                        results?: {
                            barId?: number;
                            roomId?: number;
                            date?: string;
                            closeOutStatus?: unknown;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getRatePlanRateList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1,
                 *       "barId": 1
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                    barId?: number;
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getRatePlanRateList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 2,
                     *         "start": 0,
                     *         "perPage": 50,
                     *         "count": 2
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1,
                     *           "barId": 1,
                     *           "startDate": "2019-08-08",
                     *           "endDate": "2022-04-23",
                     *           "minAcceptableRate": 10,
                     *           "daysOfWeek": [
                     *             0,
                     *             1,
                     *             2,
                     *             3,
                     *             4,
                     *             5,
                     *             6
                     *           ]
                     *         },
                     *         {
                     *           "id": 4,
                     *           "barId": 1,
                     *           "startDate": "2023-04-24",
                     *           "endDate": "2023-04-28",
                     *           "minAcceptableRate": 50,
                     *           "daysOfWeek": [
                     *             0,
                     *             6
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            barId?: number;
                            startDate?: string;
                            endDate?: string;
                            minAcceptableRate?: number;
                            daysOfWeek?: number[];
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getResourceAvailability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1,
                 *       "startDate": "2021-06-24 00:00:00",
                 *       "endDate": "2021-06-25 00:00:00",
                 *       "resourceIds": [
                 *         1,
                 *         25
                 *       ],
                 *       "quantity": 10
                 *     }
                 */
                "application/json": {
                    venueId: number;
                    startDate: string;
                    endDate: string;
                    resourceIds: unknown[];
                    quantity?: number;
                };
            };
        };
        responses: {
            /** @description The getResourceAvailability response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 2,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 2
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1,
                     *           "unAvailableTimes": [
                     *             {
                     *               "startDate": "2021-06-24 00:00:00",
                     *               "endDate": "2021-06-24 23:59:00",
                     *               "quantity": 10
                     *             }
                     *           ],
                     *           "isAvailable": true,
                     *           "conflict": null
                     *         },
                     *         {
                     *           "id": 25,
                     *           "unAvailableTimes": [
                     *             {
                     *               "startDate": "2021-06-24 00:00:00",
                     *               "endDate": "2021-06-24 23:59:00",
                     *               "quantity": 10
                     *             }
                     *           ],
                     *           "isAvailable": false,
                     *           "conflict": {
                     *             "venueId": 1,
                     *             "bookingId": 20815,
                     *             "sessionId": 11544,
                     *             "spaceId": 288,
                     *             "resourceId": 25,
                     *             "startDate": "2021-06-24 00:00:00",
                     *             "endDate": "2021-06-24 23:59:00",
                     *             "quantity": 10
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta?: {
                            totalResults?: number;
                            start?: number;
                            perPage?: number;
                            count?: number;
                        };
                        results?: {
                            id?: number;
                            unAvailableTimes?: {
                                startDate?: string;
                                endDate?: string;
                                quantity?: number;
                            }[];
                            isAvailable?: boolean;
                            conflict?: unknown;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getResourceList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 2
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                };
            };
        };
        responses: {
            /** @description The getResourceList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 2,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 2
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 3,
                     *           "venueId": 1,
                     *           "name": "Resource 1",
                     *           "code": "",
                     *           "categoryId": 1,
                     *           "shortDescription": "",
                     *           "longDescription": null,
                     *           "quantity": 12,
                     *           "canBookByHour": true,
                     *           "hourlyCost": 0,
                     *           "dailyCost": 10,
                     *           "isRestrictedToSpaces": true,
                     *           "hasSubResources": false,
                     *           "costcenterId": 3,
                     *           "isViewable": true,
                     *           "createdDate": "2017-12-20 11:09:38 UTC",
                     *           "modifiedDate": "2020-11-10 06:51:47 UTC"
                     *         },
                     *         {
                     *           "id": 24,
                     *           "venueId": 1,
                     *           "name": "Resource 2",
                     *           "code": "",
                     *           "categoryId": 1,
                     *           "shortDescription": "",
                     *           "longDescription": null,
                     *           "quantity": null,
                     *           "canBookByHour": true,
                     *           "hourlyCost": 0,
                     *           "dailyCost": 0,
                     *           "isRestrictedToSpaces": true,
                     *           "hasSubResources": true,
                     *           "costcenterId": 3,
                     *           "isViewable": true,
                     *           "createdDate": "2020-11-10 06:59:29 UTC",
                     *           "modifiedDate": "2020-11-10 06:59:29 UTC"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            venueId?: number;
                            name?: string;
                            code?: string;
                            categoryId?: number;
                            shortDescription?: string;
                            longDescription?: unknown;
                            quantity?: unknown;
                            canBookByHour?: boolean;
                            hourlyCost?: number;
                            dailyCost?: number;
                            isRestrictedToSpaces?: boolean;
                            hasSubResources?: boolean;
                            costcenterId?: number;
                            isViewable?: boolean;
                            createdDate?: string;
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getRevenueTemplateList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The getRevenueTemplateList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 2,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 2
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1,
                     *           "name": "Banquet",
                     *           "isDefault": true,
                     *           "costcenters": [
                     *             {
                     *               "costcenterId": 1,
                     *               "newCostcenterId": 1102
                     *             },
                     *             {
                     *               "costcenterId": 2,
                     *               "newCostcenterId": 1109
                     *             },
                     *             {
                     *               "costcenterId": 4,
                     *               "newCostcenterId": 4
                     *             }
                     *           ],
                     *           "createdDate": "2021-03-03 11:22:20 UTC",
                     *           "modifiedDate": "2021-03-15 14:19:47 UTC"
                     *         },
                     *         {
                     *           "id": 2,
                     *           "name": "Catering",
                     *           "isDefault": false,
                     *           "costcenters": [
                     *             {
                     *               "costcenterId": 1,
                     *               "newCostcenterId": 1101
                     *             },
                     *             {
                     *               "costcenterId": 2,
                     *               "newCostcenterId": 1110
                     *             }
                     *           ],
                     *           "createdDate": "2021-03-03 11:22:35 UTC",
                     *           "modifiedDate": "2021-03-15 04:41:59 UTC"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            name?: string;
                            isDefault?: boolean;
                            costcenters?: {
                                costcenterId?: number;
                                newCostcenterId?: number;
                            }[];
                            createdDate?: string;
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getRoomInventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1,
                 *       "startDate": "2025-06-01",
                 *       "endDate": "2025-06-30",
                 *       "roomIds": [
                 *         101,
                 *         102
                 *       ]
                 *     }
                 */
                "application/json": {
                    venueId: number;
                    startDate: string;
                    endDate: string;
                    roomIds?: unknown[];
                };
            };
        };
        responses: {
            /** @description The getRoomInventory response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 2,
                     *         "start": 0,
                     *         "perPage": 2,
                     *         "count": 2
                     *       },
                     *       "results": [
                     *         {
                     *           "date": "2025-12-16",
                     *           "roomId": 7,
                     *           "inventoryCount": 3,
                     *           "availableCount": 3
                     *         },
                     *         {
                     *           "date": "2025-12-16",
                     *           "roomId": 2,
                     *           "inventoryCount": 130,
                     *           "availableCount": 130
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta?: {
                            totalResults?: number;
                            start?: number;
                            perPage?: number;
                            count?: number;
                        };
                        results?: {
                            date?: string;
                            roomId?: number;
                            inventoryCount?: number;
                            availableCount?: number;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getRoomRateList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1,
                 *       "barId": 1,
                 *       "barRateId": 1
                 *     }
                 */
                "application/json": {
                    venueId: number;
                    barId: number;
                    barRateId: number;
                    roomId?: number;
                };
            };
        };
        responses: {
            /** @description The getRoomRateList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 3,
                     *         "start": 0,
                     *         "perPage": 3,
                     *         "count": 3
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1,
                     *           "barId": 1,
                     *           "barRateId": 1,
                     *           "roomId": 1,
                     *           "cost": 55,
                     *           "costDouble": null,
                     *           "costTriple": null,
                     *           "costQuad": null,
                     *           "costExcludedTaxIds": [],
                     *           "actualCost": 45,
                     *           "actualCostDouble": null,
                     *           "actualCostTriple": null,
                     *           "actualCostQuad": null,
                     *           "actualCostExcludedTaxIds": []
                     *         },
                     *         {
                     *           "id": 2,
                     *           "barId": 1,
                     *           "barRateId": 1,
                     *           "roomId": 22,
                     *           "cost": 50,
                     *           "costDouble": null,
                     *           "costTriple": null,
                     *           "costQuad": null,
                     *           "costExcludedTaxIds": [],
                     *           "actualCost": 45,
                     *           "actualCostDouble": null,
                     *           "actualCostTriple": null,
                     *           "actualCostQuad": null,
                     *           "actualCostExcludedTaxIds": []
                     *         },
                     *         {
                     *           "id": 3,
                     *           "barId": 1,
                     *           "barRateId": 1,
                     *           "roomId": 23,
                     *           "cost": 50,
                     *           "costDouble": 70,
                     *           "costTriple": 0,
                     *           "costQuad": 0,
                     *           "costExcludedTaxIds": [],
                     *           "actualCost": 0,
                     *           "actualCostDouble": 0,
                     *           "actualCostTriple": 0,
                     *           "actualCostQuad": 0,
                     *           "actualCostExcludedTaxIds": []
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            barId?: number;
                            barRateId?: number;
                            roomId?: number;
                            cost?: number;
                            costDouble?: unknown;
                            costTriple?: unknown;
                            costQuad?: unknown;
                            costExcludedTaxIds?: unknown[];
                            actualCost?: number;
                            actualCostDouble?: unknown;
                            actualCostTriple?: unknown;
                            actualCostQuad?: unknown;
                            actualCostExcludedTaxIds?: unknown[];
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getRoomRates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "venueId": 447,
                 *       "startDate": "2025-07-06",
                 *       "endDate": "2025-07-07",
                 *       "barId": 63,
                 *       "roomIds": [
                 *         122,
                 *         123
                 *       ]
                 *     }
                 */
                "application/json": {
                    venueId: number;
                    barId: number;
                    startDate: string;
                    endDate: string;
                    roomIds?: unknown[];
                };
            };
        };
        responses: {
            /** @description The getRoomRates response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 4,
                     *         "start": 0,
                     *         "perPage": 4,
                     *         "count": 4
                     *       },
                     *       "results": [
                     *         {
                     *           "barId": 63,
                     *           "roomId": 122,
                     *           "date": "2025-07-06",
                     *           "cost": null,
                     *           "costDouble": null,
                     *           "costTriple": null,
                     *           "costQuad": null
                     *         },
                     *         {
                     *           "barId": 63,
                     *           "roomId": 123,
                     *           "date": "2025-07-06",
                     *           "cost": 50,
                     *           "costDouble": 60,
                     *           "costTriple": 0,
                     *           "costQuad": 80
                     *         },
                     *         {
                     *           "barId": 63,
                     *           "roomId": 122,
                     *           "date": "2025-07-07",
                     *           "cost": null,
                     *           "costDouble": null,
                     *           "costTriple": null,
                     *           "costQuad": null
                     *         },
                     *         {
                     *           "barId": 63,
                     *           "roomId": 123,
                     *           "date": "2025-07-07",
                     *           "cost": 5,
                     *           "costDouble": 6,
                     *           "costTriple": 7,
                     *           "costQuad": 0
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta?: {
                            totalResults?: number;
                            start?: number;
                            perPage?: number;
                            count?: number;
                        };
                        results?: {
                            barId?: number;
                            roomId?: number;
                            date?: string;
                            cost?: unknown;
                            costDouble?: unknown;
                            costTriple?: unknown;
                            costQuad?: unknown;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getSessionTypeList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example {} */
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The getSessionTypeList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 1,
                     *         "start": 0,
                     *         "perPage": 1,
                     *         "count": 1
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 2,
                     *           "name": "Session Type"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getSpaceBlockoutList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                };
            };
        };
        responses: {
            /** @description The getSpaceBlockoutList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 56,
                     *         "start": 0,
                     *         "perPage": 2,
                     *         "count": 2
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 2,
                     *           "venueId": 1,
                     *           "spaceId": 5,
                     *           "name": "Public Holiday 1",
                     *           "startDate": "2022-01-17",
                     *           "startTime": "12:00:00",
                     *           "endDate": "2022-01-17",
                     *           "endTime": "13:00:00",
                     *           "bookedById": 1
                     *         },
                     *         {
                     *           "id": 3,
                     *           "venueId": 1,
                     *           "spaceId": 4,
                     *           "name": "Booked by XYZ",
                     *           "startDate": "2022-01-17",
                     *           "startTime": "05:00:00",
                     *           "endDate": "2022-01-17",
                     *           "endTime": "06:00:00",
                     *           "bookedById": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            venueId?: number;
                            spaceId?: number;
                            name?: string;
                            startDate?: string;
                            startTime?: string;
                            endDate?: string;
                            endTime?: string;
                            bookedById?: number;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getSpaceHirePlanList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    venueId: number;
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getSpaceHirePlanList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 2,
                     *         "start": 0,
                     *         "perPage": 50,
                     *         "count": 2
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1,
                     *           "name": "RHP",
                     *           "code": "RHP",
                     *           "description": null,
                     *           "createdDate": "2017-12-18 12:17:49 UTC",
                     *           "modifiedDate": "2018-01-15 05:44:41 UTC"
                     *         },
                     *         {
                     *           "id": 8,
                     *           "name": "Test Hire Plan",
                     *           "code": "HIRE123",
                     *           "description": "<p>test</p> ",
                     *           "createdDate": "2019-04-03 11:27:42 UTC",
                     *           "modifiedDate": "2020-04-29 04:43:02 UTC"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            name?: string;
                            code?: string;
                            description?: unknown;
                            createdDate?: string;
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getSpaceHirePlanRate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1,
                 *       "tariffId": 8,
                 *       "tariffRateId": 9
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                    tariffId?: number;
                    tariffRateId?: number;
                };
            };
        };
        responses: {
            /** @description The getSpaceHirePlanRate response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 9,
                     *       "venueId": 1,
                     *       "tariffId": 8,
                     *       "colour": "#e4afaf",
                     *       "startDate": "2021-01-09",
                     *       "endDate": "2021-01-16",
                     *       "daysOfWeek": [
                     *         0,
                     *         1
                     *       ],
                     *       "createdDate": "2021-01-08 12:01:22 UTC",
                     *       "modifiedDate": "2022-10-24 07:57:22 UTC",
                     *       "spaceRates": [
                     *         {
                     *           "id": 8,
                     *           "spaceId": 1,
                     *           "spaceName": "Space",
                     *           "minSpendCost": 200,
                     *           "hourlyCost": 100,
                     *           "halfDayCost": 50,
                     *           "halfDayCostMinMins": 75,
                     *           "halfDayCostMaxMins": 240,
                     *           "halfDayCostAvailFrom": "19:30:00",
                     *           "halfDayCostAvailTo": "20:00:00",
                     *           "fullDayCost": 60,
                     *           "fullDayCostMinMins": 75,
                     *           "fullDayCostMaxMins": 150,
                     *           "fullDayCostAvailFrom": "10:30:00",
                     *           "fullDayCostAvailTo": "13:00:00",
                     *           "nightCost": 60,
                     *           "nightCostMinMins": 60,
                     *           "nightCostMaxMins": 180,
                     *           "nightCostAvailFrom": "22:00:00",
                     *           "nightCostAvailTo": "23:00:00",
                     *           "areCostsPerPerson": true,
                     *           "hasLayoutRates": false,
                     *           "createdDate": "2022-10-20 07:32:11 UTC",
                     *           "modifiedDate": "2022-10-21 01:16:34 UTC"
                     *         },
                     *         {
                     *           "id": 9,
                     *           "spaceId": 3,
                     *           "spaceName": "PRO - The Salon",
                     *           "minSpendCost": 40,
                     *           "hourlyCost": 0,
                     *           "halfDayCost": 0,
                     *           "halfDayCostMinMins": 0,
                     *           "halfDayCostMaxMins": 0,
                     *           "halfDayCostAvailFrom": null,
                     *           "halfDayCostAvailTo": null,
                     *           "fullDayCost": 0,
                     *           "fullDayCostMinMins": 0,
                     *           "fullDayCostMaxMins": 0,
                     *           "fullDayCostAvailFrom": null,
                     *           "fullDayCostAvailTo": null,
                     *           "nightCost": 0,
                     *           "nightCostMinMins": 0,
                     *           "nightCostMaxMins": 0,
                     *           "nightCostAvailFrom": null,
                     *           "nightCostAvailTo": null,
                     *           "areCostsPerPerson": false,
                     *           "hasLayoutRates": false,
                     *           "createdDate": "2022-10-21 01:07:10 UTC",
                     *           "modifiedDate": "2022-10-21 01:07:10 UTC"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        id?: number;
                        venueId?: number;
                        tariffId?: number;
                        colour?: string;
                        startDate?: string;
                        endDate?: string;
                        daysOfWeek?: number[];
                        createdDate?: string;
                        modifiedDate?: string;
                        spaceRates?: {
                            id?: number;
                            spaceId?: number;
                            spaceName?: string;
                            minSpendCost?: number;
                            hourlyCost?: number;
                            halfDayCost?: number;
                            halfDayCostMinMins?: number;
                            halfDayCostMaxMins?: number;
                            halfDayCostAvailFrom?: unknown;
                            halfDayCostAvailTo?: unknown;
                            fullDayCost?: number;
                            fullDayCostMinMins?: number;
                            fullDayCostMaxMins?: number;
                            fullDayCostAvailFrom?: unknown;
                            fullDayCostAvailTo?: unknown;
                            nightCost?: number;
                            nightCostMinMins?: number;
                            nightCostMaxMins?: number;
                            nightCostAvailFrom?: unknown;
                            nightCostAvailTo?: unknown;
                            areCostsPerPerson?: boolean;
                            hasLayoutRates?: boolean;
                            createdDate?: string;
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getSpaceHirePlanRateList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    tariffId?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getSpaceHirePlanRateList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 1,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 1
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 9,
                     *           "venueId": 1,
                     *           "tariffId": 8,
                     *           "colour": "#e4afaf",
                     *           "startDate": "2021-01-09",
                     *           "endDate": "2021-01-16",
                     *           "daysOfWeek": [
                     *             0
                     *           ],
                     *           "createdDate": "2021-01-08 12:01:22 UTC",
                     *           "modifiedDate": "2022-10-24 07:57:22 UTC"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            venueId?: number;
                            tariffId?: number;
                            colour?: string;
                            startDate?: string;
                            endDate?: string;
                            daysOfWeek?: number[];
                            createdDate?: string;
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getTaxList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 2
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                };
            };
        };
        responses: {
            /** @description The getTaxList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 1,
                     *         "start": 0,
                     *         "perPage": 1,
                     *         "count": 1
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 2,
                     *           "name": "GST"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getVenue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "id": 21
                 *     }
                 */
                "application/json": {
                    id?: number;
                };
            };
        };
        responses: {
            /** @description The getVenue response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "hashId": "925a1e841805031a06e4586828257520",
                     *       "businessName": "Peppers Soul Surfers Paradise Tax Exclusive",
                     *       "businessNumber": "",
                     *       "venueIdentifier": "Identifier",
                     *       "phone": "0123456789",
                     *       "fax": "",
                     *       "websiteAddress": "",
                     *       "emailAddress": "test@email.com",
                     *       "description": "<p>Description</p>\n",
                     *       "checkinTime": null,
                     *       "checkoutTime": null,
                     *       "childAge": 0,
                     *       "infantAge": 0,
                     *       "currencyCode": "AUD",
                     *       "localeCode": "en_AU",
                     *       "timezone": "Pacific/Midway",
                     *       "hasSpaces": true,
                     *       "hasAccommodation": true,
                     *       "numMeetingRooms": 10,
                     *       "numAccommodationRooms": 50,
                     *       "maxSpaceArea": 100,
                     *       "totalSpaceArea": 1000,
                     *       "longitude": "-79.3763095",
                     *       "latitude": "43.6460143",
                     *       "primaryAddress": {
                     *         "line1": "8 The Esplanade",
                     *         "line2": "",
                     *         "line3": "",
                     *         "line4": "",
                     *         "city": "Varsity Lake",
                     *         "stateCode": "QLD",
                     *         "stateName": null,
                     *         "countryCode": "AU",
                     *         "countryName": null,
                     *         "postalCode": "4227"
                     *       },
                     *       "isTaxExclusive": true,
                     *       "hasDistributionChannel": false,
                     *       "allowsLiveBook": true,
                     *       "instantBookUrl": "https://www.ivvy.com.au/venue/order/start?v=925a1e841805031a06e4586828257520",
                     *       "availability": {
                     *         "2024-01-01": {
                     *           "isAvailable": false
                     *         },
                     *         "2024-01-02": {
                     *           "isAvailable": false
                     *         },
                     *         "2024-01-03": {
                     *           "isAvailable": false
                     *         }
                     *       },
                     *       "createdDate": "2017-12-18 12:11:45 UTC",
                     *       "modifiedDate": "2025-04-29 04:11:57 UTC",
                     *       "lastModifiedDate": "2025-04-30 03:57:21 UTC",
                     *       "videoUrls": [
                     *         "asdasd",
                     *         "test"
                     *       ],
                     *       "airportName": "",
                     *       "airportDistance": "11",
                     *       "starRating": 6.5,
                     *       "ratingAuthority": 1,
                     *       "maxSpaceCapacity": 100,
                     *       "facilities": [
                     *         2,
                     *         1,
                     *         3,
                     *         6,
                     *         7,
                     *         9,
                     *         12,
                     *         13,
                     *         15,
                     *         36,
                     *         19
                     *       ],
                     *       "mainImage": {
                     *         "url": "(text)",
                     *         "originalFileName": "4258468533.jpg",
                     *         "tags": [],
                     *         "size": 149613,
                     *         "contentType": "image/jpeg"
                     *       },
                     *       "marketplaceBannerImage": null,
                     *       "brochureFile": null,
                     *       "imageLibrary": [],
                     *       "packages": [
                     *         {
                     *           "id": 1,
                     *           "name": "Standard with Accomm",
                     *           "minPax": 1,
                     *           "price": 500,
                     *           "priceMethod": 1,
                     *           "smallDescription": "Standard",
                     *           "largeDescription": "<p>Standard</p>\n",
                     *           "marketplaceName": "Standard",
                     *           "marketplaceEventTypes": null
                     *         },
                     *         {
                     *           "id": 4,
                     *           "name": "Premium",
                     *           "minPax": 1,
                     *           "price": 100,
                     *           "priceMethod": 1,
                     *           "smallDescription": "sdsd",
                     *           "largeDescription": null,
                     *           "marketplaceName": "Premium",
                     *           "marketplaceEventTypes": null
                     *         }
                     *       ],
                     *       "functionSpaces": [
                     *         {
                     *           "id": 3,
                     *           "name": "Space",
                     *           "description": null,
                     *           "area": null,
                     *           "length": null,
                     *           "width": null,
                     *           "heightMaximum": null,
                     *           "heightMinimum": null,
                     *           "floorPressureMaximum": null,
                     *           "marketplaceName": "PRO - The Salon (Space 1)",
                     *           "marketplaceEventTypes": null,
                     *           "minPax": 1,
                     *           "maxPax": 10,
                     *           "hasLayouts": true,
                     *           "image": {
                     *             "url": "(text)",
                     *             "originalFileName": "standard_decade.png",
                     *             "tags": [],
                     *             "size": 7051,
                     *             "contentType": "image/png"
                     *           },
                     *           "layouts": [
                     *             {
                     *               "id": 5,
                     *               "type": 1,
                     *               "paxMinimum": null,
                     *               "paxMaximum": null,
                     *               "timeForSetup": 0,
                     *               "timeForTakedown": 0
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "accommodation": [
                     *         {
                     *           "id": 6,
                     *           "code": "2-6",
                     *           "name": "Ocean King Room (Conference Centre)",
                     *           "description": "<p>room one desc</p>\n",
                     *           "numStandardAdults": 2,
                     *           "numExtraAdults": 1,
                     *           "extraAdultCost": 13,
                     *           "canSmoke": false,
                     *           "capacity": 200,
                     *           "marketplaceName": "Room 1",
                     *           "image": {
                     *             "url": "(text)",
                     *             "originalFileName": "55b97e5479c87.jpg",
                     *             "tags": [],
                     *             "size": 133133,
                     *             "contentType": "image/jpeg"
                     *           }
                     *         }
                     *       ],
                     *       "menus": [
                     *         {
                     *           "id": 1,
                     *           "name": "Lunch",
                     *           "marketplaceName": "Lunch",
                     *           "smallDescription": "Description",
                     *           "menuTypeCategory": 0,
                     *           "image": null,
                     *           "minimumPax": null,
                     *           "maximumPax": null,
                     *           "marketplaceCategories": [
                     *             3
                     *           ],
                     *           "currentStatus": 1,
                     *           "activePeriodStart": {
                     *             "month": 1,
                     *             "date": 2
                     *           },
                     *           "activePeriodEnd": null
                     *         },
                     *         {
                     *           "id": 13,
                     *           "name": "Total of all & items",
                     *           "marketplaceName": "Lunch",
                     *           "smallDescription": "Description",
                     *           "menuTypeCategory": 0,
                     *           "image": null,
                     *           "minimumPax": null,
                     *           "maximumPax": null,
                     *           "marketplaceCategories": [
                     *             3
                     *           ],
                     *           "currentStatus": 1,
                     *           "activePeriodStart": null,
                     *           "activePeriodEnd": null
                     *         }
                     *       ],
                     *       "beveragePackages": [
                     *         {
                     *           "id": 33,
                     *           "name": "Hourly Price - Complimentary house cocktail on arrival",
                     *           "marketplaceName": "Hourly Price",
                     *           "smallDescription": "Morning maza",
                     *           "minPax": 0,
                     *           "maxPax": 0,
                     *           "marketplaceCategories": [
                     *             2
                     *           ],
                     *           "currentStatus": 1,
                     *           "activePeriodStart": null,
                     *           "activePeriodEnd": null
                     *         },
                     *         {
                     *           "id": 7,
                     *           "name": "Per Person - 30 Minute Pre-dinner Beverages",
                     *           "marketplaceName": null,
                     *           "smallDescription": "Per Person",
                     *           "minPax": 0,
                     *           "maxPax": 0,
                     *           "marketplaceCategories": [],
                     *           "currentStatus": 1,
                     *           "activePeriodStart": null,
                     *           "activePeriodEnd": null
                     *         }
                     *       ],
                     *       "reviews": [],
                     *       "accommodationSetting": {
                     *         "enableMultiOccupancy": true
                     *       },
                     *       "cateringWebsitePrimaryColour": "#ae1e1e",
                     *       "cateringWebsiteLogoId": "1819",
                     *       "cateringWebsiteLogo": {
                     *         "id": 1819,
                     *         "accountId": 2,
                     *         "originalFileName": "standard_hour.png",
                     *         "size": 5929,
                     *         "contentType": "image/png",
                     *         "url": "(text)"
                     *       },
                     *       "cateringWebsiteBannerId": "1820",
                     *       "cateringWebsiteBanner": {
                     *         "id": 1820,
                     *         "accountId": 2,
                     *         "originalFileName": "standard_day_meridian.png",
                     *         "size": 7204,
                     *         "contentType": "image/png",
                     *         "url": "(text)"
                     *       }
                     *     }
                     */
                    "application/json": {
                        id?: number;
                        hashId?: string;
                        businessName?: string;
                        businessNumber?: string;
                        venueIdentifier?: string;
                        phone?: string;
                        fax?: string;
                        websiteAddress?: string;
                        emailAddress?: string;
                        description?: string;
                        checkinTime?: unknown;
                        checkoutTime?: unknown;
                        childAge?: number;
                        infantAge?: number;
                        currencyCode?: string;
                        localeCode?: string;
                        timezone?: string;
                        hasSpaces?: boolean;
                        hasAccommodation?: boolean;
                        numMeetingRooms?: number;
                        numAccommodationRooms?: number;
                        maxSpaceArea?: number;
                        totalSpaceArea?: number;
                        longitude?: string;
                        latitude?: string;
                        primaryAddress?: {
                            line1?: string;
                            line2?: string;
                            line3?: string;
                            line4?: string;
                            city?: string;
                            stateCode?: string;
                            stateName?: unknown;
                            countryCode?: string;
                            countryName?: unknown;
                            postalCode?: string;
                        };
                        isTaxExclusive?: boolean;
                        hasDistributionChannel?: boolean;
                        allowsLiveBook?: boolean;
                        instantBookUrl?: string;
                        availability?: {
                            "2024-01-01"?: {
                                isAvailable?: boolean;
                            };
                            "2024-01-02"?: {
                                isAvailable?: boolean;
                            };
                            "2024-01-03"?: {
                                isAvailable?: boolean;
                            };
                        };
                        createdDate?: string;
                        modifiedDate?: string;
                        lastModifiedDate?: string;
                        videoUrls?: string[];
                        airportName?: string;
                        airportDistance?: string;
                        starRating?: number;
                        ratingAuthority?: number;
                        maxSpaceCapacity?: number;
                        facilities?: number[];
                        mainImage?: {
                            url?: string;
                            originalFileName?: string;
                            tags?: unknown[];
                            size?: number;
                            contentType?: string;
                        };
                        marketplaceBannerImage?: unknown;
                        brochureFile?: unknown;
                        imageLibrary?: unknown[];
                        packages?: {
                            id?: number;
                            name?: string;
                            minPax?: number;
                            price?: number;
                            priceMethod?: number;
                            smallDescription?: string;
                            largeDescription?: unknown;
                            marketplaceName?: string;
                            marketplaceEventTypes?: unknown;
                        }[];
                        functionSpaces?: {
                            id?: number;
                            name?: string;
                            description?: unknown;
                            area?: unknown;
                            length?: unknown;
                            width?: unknown;
                            heightMaximum?: unknown;
                            heightMinimum?: unknown;
                            floorPressureMaximum?: unknown;
                            marketplaceName?: string;
                            marketplaceEventTypes?: unknown;
                            minPax?: number;
                            maxPax?: number;
                            hasLayouts?: boolean;
                            image?: {
                                url?: string;
                                originalFileName?: string;
                                tags?: unknown[];
                                size?: number;
                                contentType?: string;
                            };
                            layouts?: {
                                id?: number;
                                type?: number;
                                paxMinimum?: unknown;
                                paxMaximum?: unknown;
                                timeForSetup?: number;
                                timeForTakedown?: number;
                            }[];
                        }[];
                        accommodation?: {
                            id?: number;
                            code?: string;
                            name?: string;
                            description?: string;
                            numStandardAdults?: number;
                            numExtraAdults?: number;
                            extraAdultCost?: number;
                            canSmoke?: boolean;
                            capacity?: number;
                            marketplaceName?: string;
                            image?: {
                                url?: string;
                                originalFileName?: string;
                                tags?: unknown[];
                                size?: number;
                                contentType?: string;
                            };
                        }[];
                        menus?: {
                            id?: number;
                            name?: string;
                            marketplaceName?: string;
                            smallDescription?: string;
                            menuTypeCategory?: number;
                            image?: unknown;
                            minimumPax?: unknown;
                            maximumPax?: unknown;
                            marketplaceCategories?: number[];
                            currentStatus?: number;
                            activePeriodStart?: unknown;
                            activePeriodEnd?: unknown;
                        }[];
                        beveragePackages?: {
                            id?: number;
                            name?: string;
                            marketplaceName?: unknown;
                            smallDescription?: string;
                            minPax?: number;
                            maxPax?: number;
                            marketplaceCategories?: unknown[];
                            currentStatus?: number;
                            activePeriodStart?: unknown;
                            activePeriodEnd?: unknown;
                        }[];
                        reviews?: unknown[];
                        accommodationSetting?: {
                            enableMultiOccupancy?: boolean;
                        };
                        cateringWebsitePrimaryColour?: string;
                        cateringWebsiteLogoId?: string;
                        cateringWebsiteLogo?: {
                            id?: number;
                            accountId?: number;
                            originalFileName?: string;
                            size?: number;
                            contentType?: string;
                            url?: string;
                        };
                        cateringWebsiteBannerId?: string;
                        cateringWebsiteBanner?: {
                            id?: number;
                            accountId?: number;
                            originalFileName?: string;
                            size?: number;
                            contentType?: string;
                            url?: string;
                        };
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getVenueList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getVenueList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 19,
                     *         "start": 0,
                     *         "perPage": 2,
                     *         "count": 2
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 21,
                     *           "hashId": "1efda3e35a75aabd13e8996037d35a79",
                     *           "businessName": "iVvy Conference Centre",
                     *           "businessNumber": 1231235,
                     *           "venueIdentifier": "Identifier",
                     *           "phone": "1300 004 889",
                     *           "fax": "",
                     *           "websiteAddress": "www.ivvy.com",
                     *           "emailAddress": "support@ivvy.com",
                     *           "description": "(text)",
                     *           "checkinTime": "11:00:00",
                     *           "checkoutTime": "14:00:00",
                     *           "childAge": 0,
                     *           "infantAge": 0,
                     *           "currencyCode": "AUD",
                     *           "localeCode": "en_AU",
                     *           "timezone": "Australia/Brisbane",
                     *           "hasSpaces": true,
                     *           "hasAccommodation": true,
                     *           "numMeetingRooms": 20,
                     *           "numAccommodationRooms": 500,
                     *           "maxSpaceArea": null,
                     *           "totalSpaceArea": null,
                     *           "longitude": "153.4086914",
                     *           "latitude": "-28.0793739",
                     *           "primaryAddress": {
                     *             "line1": "1 Bellvue Drive",
                     *             "line2": "",
                     *             "line3": "",
                     *             "line4": "",
                     *             "city": "Varsity Lakes",
                     *             "stateCode": "QLD",
                     *             "stateName": null,
                     *             "countryCode": "AU",
                     *             "countryName": null,
                     *             "postalCode": 4227
                     *           },
                     *           "isTaxExclusive": false,
                     *           "hasDistributionChannel": false
                     *         },
                     *         {
                     *           "id": 37,
                     *           "hashId": "5c7264a5dd3525690bb134bd9480ffcd",
                     *           "businessName": "IvVy HQ",
                     *           "businessNumber": 12345789,
                     *           "phone": "1300 399 399",
                     *           "fax": "(+617) 5657 4499",
                     *           "websiteAddress": "",
                     *           "emailAddress": null,
                     *           "description": null,
                     *           "checkinTime": null,
                     *           "checkoutTime": null,
                     *           "childAge": 0,
                     *           "infantAge": 0,
                     *           "currencyCode": "AUD",
                     *           "localeCode": "en_AU",
                     *           "timezone": "Australia/Brisbane",
                     *           "hasSpaces": true,
                     *           "hasAccommodation": true,
                     *           "numMeetingRooms": 0,
                     *           "numAccommodationRooms": 0,
                     *           "maxSpaceArea": null,
                     *           "totalSpaceArea": null,
                     *           "longitude": "153.409881",
                     *           "latitude": "-28.079096",
                     *           "primaryAddress": {
                     *             "line1": "244EZU5W",
                     *             "line2": "55K0CD6Z",
                     *             "line3": "9UQSFQJB",
                     *             "line4": "7UA0P52H",
                     *             "city": "49NE250N",
                     *             "stateCode": "QLD",
                     *             "stateName": null,
                     *             "countryCode": "AU",
                     *             "countryName": null,
                     *             "postalCode": "8CBLZE9Y"
                     *           },
                     *           "isTaxExclusive": false,
                     *           "hasDistributionChannel": false
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            hashId?: string;
                            businessName?: string;
                            businessNumber?: number;
                            venueIdentifier?: string;
                            phone?: string;
                            fax?: string;
                            websiteAddress?: string;
                            emailAddress?: unknown;
                            description?: unknown;
                            checkinTime?: unknown;
                            checkoutTime?: unknown;
                            childAge?: number;
                            infantAge?: number;
                            currencyCode?: string;
                            localeCode?: string;
                            timezone?: string;
                            hasSpaces?: boolean;
                            hasAccommodation?: boolean;
                            numMeetingRooms?: number;
                            numAccommodationRooms?: number;
                            maxSpaceArea?: unknown;
                            totalSpaceArea?: unknown;
                            longitude?: string;
                            latitude?: string;
                            primaryAddress?: {
                                line1?: string;
                                line2?: string;
                                line3?: string;
                                line4?: string;
                                city?: string;
                                stateCode?: string;
                                stateName?: unknown;
                                countryCode?: string;
                                countryName?: unknown;
                                postalCode?: unknown;
                            };
                            isTaxExclusive?: boolean;
                            hasDistributionChannel?: boolean;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getVenuePackage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1,
                 *       "id": 1
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                    id?: number;
                };
            };
        };
        responses: {
            /** @description The getVenuePackage response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "name": "Standard",
                     *       "type": 1,
                     *       "minPax": 1,
                     *       "maxPax": 1000,
                     *       "cost": 500,
                     *       "priceMethod": 1,
                     *       "actualCost": 50,
                     *       "actualCostExcludedTaxIds": [
                     *         1,
                     *         317,
                     *         1046,
                     *         1203,
                     *         1204,
                     *         1955,
                     *         1986,
                     *         1988,
                     *         3910,
                     *         3979
                     *       ],
                     *       "smallDescription": "Standard",
                     *       "largeDescription": "<p>Standard</p>\n",
                     *       "marketplaceName": "Standard",
                     *       "isVisibleOnVenueSearch": false,
                     *       "createdDate": "2017-12-18 12:23:53",
                     *       "modifiedDate": "2025-04-23 23:28:28",
                     *       "startDate": null,
                     *       "endDate": null,
                     *       "startTime": "06:00:00",
                     *       "endTime": "12:30:00",
                     *       "costcenters": [
                     *         {
                     *           "id": 1,
                     *           "value": 149.5,
                     *           "excludedTaxIds": [
                     *             1,
                     *             317,
                     *             1955
                     *           ]
                     *         },
                     *         {
                     *           "id": 2,
                     *           "value": 100,
                     *           "excludedTaxIds": []
                     *         },
                     *         {
                     *           "id": 3,
                     *           "value": 100.5,
                     *           "excludedTaxIds": [
                     *             3910,
                     *             3979
                     *           ]
                     *         },
                     *         {
                     *           "id": 4,
                     *           "value": 100,
                     *           "excludedTaxIds": []
                     *         },
                     *         {
                     *           "id": 5,
                     *           "value": 0,
                     *           "excludedTaxIds": []
                     *         },
                     *         {
                     *           "id": 1166,
                     *           "value": 0,
                     *           "excludedTaxIds": []
                     *         },
                     *         {
                     *           "id": 2986,
                     *           "value": 50,
                     *           "excludedTaxIds": []
                     *         },
                     *         {
                     *           "id": 6338,
                     *           "value": 0,
                     *           "excludedTaxIds": []
                     *         },
                     *         {
                     *           "id": 17647,
                     *           "value": 0,
                     *           "excludedTaxIds": []
                     *         },
                     *         {
                     *           "id": 17648,
                     *           "value": 0,
                     *           "excludedTaxIds": []
                     *         },
                     *         {
                     *           "id": 17649,
                     *           "value": 0,
                     *           "excludedTaxIds": []
                     *         }
                     *       ],
                     *       "hasSessions": true,
                     *       "spaceId": 1,
                     *       "spaceLayoutId": 2,
                     *       "spaceCustomLayoutName": "C",
                     *       "sortOrder": 0,
                     *       "excludedFromCommissions": false,
                     *       "reduceRoomHireFirst": true,
                     *       "eventTypes": [
                     *         1,
                     *         2,
                     *         3,
                     *         4,
                     *         5,
                     *         6
                     *       ],
                     *       "userGroupIds": [
                     *         1,
                     *         2
                     *       ],
                     *       "hasLimitedStartTimes": true,
                     *       "limitedStartTimes": [
                     *         "02:30:00",
                     *         "03:00:00"
                     *       ],
                     *       "isAccommIncluded": true,
                     *       "discountCampaignId": 59,
                     *       "costcentersDiscounts": [
                     *         {
                     *           "id": 1,
                     *           "value": 18
                     *         },
                     *         {
                     *           "id": 2,
                     *           "value": 18
                     *         },
                     *         {
                     *           "id": 3,
                     *           "value": 18
                     *         },
                     *         {
                     *           "id": 4,
                     *           "value": 18
                     *         },
                     *         {
                     *           "id": 5,
                     *           "value": 18
                     *         },
                     *         {
                     *           "id": 6338,
                     *           "value": 18
                     *         },
                     *         {
                     *           "id": 2986,
                     *           "value": 18
                     *         }
                     *       ],
                     *       "sessions": [
                     *         {
                     *           "id": 1,
                     *           "name": "Morning1",
                     *           "startTime": "08:00:00",
                     *           "endTime": "09:00:00",
                     *           "setupTime": 0,
                     *           "setDownTime": 0,
                     *           "createdDate": "2017-12-18 12:25:01",
                     *           "modifiedDate": "2025-04-23 23:28:31",
                     *           "isOptional": false,
                     *           "spaceVenueId": 1,
                     *           "spaceId": 1,
                     *           "spaceLayoutId": 0,
                     *           "spaceCustomLayoutName": "C",
                     *           "includeInPackage": true,
                     *           "tariffId": 1,
                     *           "roomHireType": 1,
                     *           "minSpendAmount": 10,
                     *           "minSpendRevenueItems": [
                     *             1,
                     *             2,
                     *             3,
                     *             4,
                     *             5
                     *           ],
                     *           "overridePax": false,
                     *           "costcenterId": 0,
                     *           "amount": null,
                     *           "excludedTaxIds": [],
                     *           "sortOrder": 0,
                     *           "sessionTypeId": 64,
                     *           "sessionStatusId": 0,
                     *           "beveragePackages": [
                     *             {
                     *               "id": 1,
                     *               "name": "Morning tea",
                     *               "beverageVenueId": 1,
                     *               "beverageId": 1,
                     *               "numHours": null,
                     *               "startTime": "08:00:00",
                     *               "endTime": "09:00:00",
                     *               "sameAsSessionTime": true,
                     *               "itemsIds": [
                     *                 1,
                     *                 10
                     *               ],
                     *               "includeInPackage": false,
                     *               "costcenterId": 2,
                     *               "amount": 10,
                     *               "excludedTaxIds": [],
                     *               "createdDate": "2017-12-18 12:25:32",
                     *               "modifiedDate": "2025-04-23 05:52:34"
                     *             },
                     *             {
                     *               "id": 15,
                     *               "name": "Per Person - 30 Minute Pre-dinner Beverages",
                     *               "beverageVenueId": 1,
                     *               "beverageId": 7,
                     *               "numHours": null,
                     *               "startTime": "08:00:00",
                     *               "endTime": "09:00:00",
                     *               "sameAsSessionTime": true,
                     *               "itemsIds": [
                     *                 11
                     *               ],
                     *               "includeInPackage": false,
                     *               "costcenterId": 2,
                     *               "amount": 15,
                     *               "excludedTaxIds": [
                     *                 1
                     *               ],
                     *               "createdDate": "2025-04-23 05:53:02",
                     *               "modifiedDate": "2025-04-23 05:53:02"
                     *             }
                     *           ],
                     *           "menus": [
                     *             {
                     *               "id": 14,
                     *               "name": "Total of all items",
                     *               "menuVenueId": 1,
                     *               "menuId": 13,
                     *               "startTime": "08:00:00",
                     *               "endTime": "09:00:00",
                     *               "sameAsSessionTime": true,
                     *               "includeInPackage": false,
                     *               "costcenterId": 1,
                     *               "amount": 10,
                     *               "excludedTaxIds": [
                     *                 317,
                     *                 1955
                     *               ],
                     *               "createdDate": "2021-11-09 01:31:05",
                     *               "modifiedDate": "2025-04-23 05:28:22",
                     *               "items": [
                     *                 {
                     *                   "inventoryId": 8,
                     *                   "groupId": "gr6189d144bfc41"
                     *                 }
                     *               ],
                     *               "groups": [
                     *                 {
                     *                   "idHash": "gr6189d144bfc41",
                     *                   "name": "Group 1",
                     *                   "marketplaceName": "",
                     *                   "minSelection": 1,
                     *                   "maxSelection": 2,
                     *                   "servingTime": null
                     *                 }
                     *               ],
                     *               "costcenters": []
                     *             },
                     *             {
                     *               "id": 19,
                     *               "name": "Multi Cost center",
                     *               "menuVenueId": 1,
                     *               "menuId": 114,
                     *               "startTime": "08:00:00",
                     *               "endTime": "09:00:00",
                     *               "sameAsSessionTime": true,
                     *               "includeInPackage": false,
                     *               "costcenterId": 0,
                     *               "amount": 30,
                     *               "excludedTaxIds": [],
                     *               "createdDate": "2025-04-23 05:27:26",
                     *               "modifiedDate": "2025-04-23 05:27:26",
                     *               "items": [
                     *                 {
                     *                   "inventoryId": 10,
                     *                   "groupId": ""
                     *                 }
                     *               ],
                     *               "groups": [],
                     *               "costcenters": [
                     *                 {
                     *                   "id": 1,
                     *                   "value": 10,
                     *                   "excludedTaxIds": [
                     *                     1046,
                     *                     1955,
                     *                     1986,
                     *                     1988,
                     *                     3910,
                     *                     3979
                     *                   ]
                     *                 },
                     *                 {
                     *                   "id": 2,
                     *                   "value": 20,
                     *                   "excludedTaxIds": [
                     *                     1,
                     *                     317,
                     *                     1046,
                     *                     1955,
                     *                     1986,
                     *                     1988,
                     *                     3910,
                     *                     3979
                     *                   ]
                     *                 }
                     *               ]
                     *             }
                     *           ],
                     *           "products": [
                     *             {
                     *               "id": 3,
                     *               "productId": 13,
                     *               "includeInPackage": false,
                     *               "costcenterId": 3,
                     *               "amount": null,
                     *               "excludedTaxIds": [
                     *                 317
                     *               ],
                     *               "createdDate": "2020-12-01 00:58:55",
                     *               "modifiedDate": "2025-04-23 06:17:48"
                     *             }
                     *           ],
                     *           "resources": [
                     *             {
                     *               "id": 16,
                     *               "resourceVenueId": 1,
                     *               "resourceId": 0,
                     *               "quantity": 1,
                     *               "includeInPackage": false,
                     *               "costcenterId": 1,
                     *               "amount": 0,
                     *               "excludedTaxIds": [],
                     *               "createdDate": "2022-04-05 04:49:30",
                     *               "modifiedDate": "2022-04-05 04:49:30"
                     *             },
                     *             {
                     *               "id": 22,
                     *               "resourceVenueId": 1,
                     *               "resourceId": 2,
                     *               "quantity": 1,
                     *               "includeInPackage": false,
                     *               "costcenterId": 2986,
                     *               "amount": 12,
                     *               "excludedTaxIds": [],
                     *               "createdDate": "2022-04-06 07:12:50",
                     *               "modifiedDate": "2022-04-06 07:12:50"
                     *             },
                     *             {
                     *               "id": 23,
                     *               "resourceVenueId": 1,
                     *               "resourceId": 3,
                     *               "quantity": 1,
                     *               "includeInPackage": false,
                     *               "costcenterId": 3,
                     *               "amount": 10,
                     *               "excludedTaxIds": [
                     *                 1955,
                     *                 1986,
                     *                 3910,
                     *                 3979
                     *               ],
                     *               "createdDate": "2022-04-13 23:31:13",
                     *               "modifiedDate": "2025-04-23 06:11:55"
                     *             }
                     *           ],
                     *           "setupRequirements": [
                     *             {
                     *               "id": 8,
                     *               "setupRequirementId": 1,
                     *               "name": "mysetuprequire",
                     *               "description": null,
                     *               "createdDate": "2025-04-23 06:38:29",
                     *               "modifiedDate": "2025-04-23 06:38:49",
                     *               "sortOrder": 2,
                     *               "hasChoices": false,
                     *               "minChoices": 1,
                     *               "maxChoices": 0,
                     *               "options": [
                     *                 {
                     *                   "id": 10,
                     *                   "setupRequirementId": 1,
                     *                   "setupRequirementOptionId": 2,
                     *                   "name": "a",
                     *                   "createdDate": "2025-04-23 06:38:29",
                     *                   "modifiedDate": "2025-04-23 06:38:29",
                     *                   "sortOrder": 0
                     *                 },
                     *                 {
                     *                   "id": 11,
                     *                   "setupRequirementId": 1,
                     *                   "setupRequirementOptionId": 3,
                     *                   "name": "b",
                     *                   "createdDate": "2025-04-23 06:38:29",
                     *                   "modifiedDate": "2025-04-23 06:38:29",
                     *                   "sortOrder": 1
                     *                 },
                     *                 {
                     *                   "id": 14,
                     *                   "setupRequirementId": 1,
                     *                   "setupRequirementOptionId": 8,
                     *                   "name": "d",
                     *                   "createdDate": "2025-04-23 23:29:27",
                     *                   "modifiedDate": "2025-04-23 23:29:27",
                     *                   "sortOrder": 3
                     *                 }
                     *               ]
                     *             },
                     *             {
                     *               "id": 10,
                     *               "setupRequirementId": 18,
                     *               "name": "newsetup",
                     *               "description": null,
                     *               "createdDate": "2025-04-23 23:34:00",
                     *               "modifiedDate": "2025-04-23 23:34:00",
                     *               "sortOrder": 3,
                     *               "hasChoices": false,
                     *               "minChoices": 1,
                     *               "maxChoices": 0,
                     *               "options": [
                     *                 {
                     *                   "id": 15,
                     *                   "setupRequirementId": 18,
                     *                   "setupRequirementOptionId": 9,
                     *                   "name": "newsetup1",
                     *                   "createdDate": "2025-04-23 23:34:00",
                     *                   "modifiedDate": "2025-04-23 23:34:00",
                     *                   "sortOrder": 0
                     *                 }
                     *               ]
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        id?: number;
                        name?: string;
                        type?: number;
                        minPax?: number;
                        maxPax?: number;
                        cost?: number;
                        priceMethod?: number;
                        actualCost?: number;
                        actualCostExcludedTaxIds?: number[];
                        smallDescription?: string;
                        largeDescription?: string;
                        marketplaceName?: string;
                        isVisibleOnVenueSearch?: boolean;
                        createdDate?: string;
                        modifiedDate?: string;
                        startDate?: unknown;
                        endDate?: unknown;
                        startTime?: string;
                        endTime?: string;
                        costcenters?: {
                            id?: number;
                            value?: number;
                            excludedTaxIds?: unknown[];
                        }[];
                        hasSessions?: boolean;
                        spaceId?: number;
                        spaceLayoutId?: number;
                        spaceCustomLayoutName?: string;
                        sortOrder?: number;
                        excludedFromCommissions?: boolean;
                        reduceRoomHireFirst?: boolean;
                        eventTypes?: number[];
                        userGroupIds?: number[];
                        hasLimitedStartTimes?: boolean;
                        limitedStartTimes?: string[];
                        isAccommIncluded?: boolean;
                        discountCampaignId?: number;
                        costcentersDiscounts?: {
                            id?: number;
                            value?: number;
                        }[];
                        sessions?: {
                            id?: number;
                            name?: string;
                            startTime?: string;
                            endTime?: string;
                            setupTime?: number;
                            setDownTime?: number;
                            createdDate?: string;
                            modifiedDate?: string;
                            isOptional?: boolean;
                            spaceVenueId?: number;
                            spaceId?: number;
                            spaceLayoutId?: number;
                            spaceCustomLayoutName?: string;
                            includeInPackage?: boolean;
                            tariffId?: number;
                            roomHireType?: number;
                            minSpendAmount?: number;
                            minSpendRevenueItems?: number[];
                            overridePax?: boolean;
                            costcenterId?: number;
                            amount?: unknown;
                            excludedTaxIds?: unknown[];
                            sortOrder?: number;
                            sessionTypeId?: number;
                            sessionStatusId?: number;
                            beveragePackages?: {
                                id?: number;
                                name?: string;
                                beverageVenueId?: number;
                                beverageId?: number;
                                numHours?: unknown;
                                startTime?: string;
                                endTime?: string;
                                sameAsSessionTime?: boolean;
                                itemsIds?: number[];
                                includeInPackage?: boolean;
                                costcenterId?: number;
                                amount?: number;
                                excludedTaxIds?: unknown[];
                                createdDate?: string;
                                modifiedDate?: string;
                            }[];
                            menus?: {
                                id?: number;
                                name?: string;
                                menuVenueId?: number;
                                menuId?: number;
                                startTime?: string;
                                endTime?: string;
                                sameAsSessionTime?: boolean;
                                includeInPackage?: boolean;
                                costcenterId?: number;
                                amount?: number;
                                excludedTaxIds?: unknown[];
                                createdDate?: string;
                                modifiedDate?: string;
                                items?: {
                                    inventoryId?: number;
                                    groupId?: string;
                                }[];
                                groups?: unknown[];
                                costcenters?: unknown[];
                            }[];
                            products?: {
                                id?: number;
                                productId?: number;
                                includeInPackage?: boolean;
                                costcenterId?: number;
                                amount?: unknown;
                                excludedTaxIds?: number[];
                                createdDate?: string;
                                modifiedDate?: string;
                            }[];
                            resources?: {
                                id?: number;
                                resourceVenueId?: number;
                                resourceId?: number;
                                quantity?: number;
                                includeInPackage?: boolean;
                                costcenterId?: number;
                                amount?: number;
                                excludedTaxIds?: unknown[];
                                createdDate?: string;
                                modifiedDate?: string;
                            }[];
                            setupRequirements?: {
                                id?: number;
                                setupRequirementId?: number;
                                name?: string;
                                description?: unknown;
                                createdDate?: string;
                                modifiedDate?: string;
                                sortOrder?: number;
                                hasChoices?: boolean;
                                minChoices?: number;
                                maxChoices?: number;
                                options?: {
                                    id?: number;
                                    setupRequirementId?: number;
                                    setupRequirementOptionId?: number;
                                    name?: string;
                                    createdDate?: string;
                                    modifiedDate?: string;
                                    sortOrder?: number;
                                }[];
                            }[];
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getVenuePackageList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1,
                 *       "perPage": 2
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getVenuePackageList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 1,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 1
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1,
                     *           "name": "Standard",
                     *           "type": 1,
                     *           "minPax": 1,
                     *           "maxPax": 1000,
                     *           "cost": 500,
                     *           "priceMethod": 1,
                     *           "actualCost": 50,
                     *           "actualCostExcludedTaxIds": [
                     *             1,
                     *             317,
                     *             1046,
                     *             1203,
                     *             1204,
                     *             1955,
                     *             1986,
                     *             1988,
                     *             3910,
                     *             3979
                     *           ],
                     *           "smallDescription": "Standard",
                     *           "largeDescription": "<p>Standard</p>\n",
                     *           "marketplaceName": "Standard",
                     *           "isVisibleOnVenueSearch": false,
                     *           "createdDate": "2017-12-18 12:23:53",
                     *           "modifiedDate": "2025-04-23 23:28:28",
                     *           "startDate": null,
                     *           "endDate": null,
                     *           "startTime": "06:00:00",
                     *           "endTime": "12:30:00",
                     *           "costcenters": [
                     *             {
                     *               "id": 1,
                     *               "value": 149.5,
                     *               "excludedTaxIds": [
                     *                 1,
                     *                 317,
                     *                 1955
                     *               ]
                     *             },
                     *             {
                     *               "id": 2,
                     *               "value": 100,
                     *               "excludedTaxIds": []
                     *             },
                     *             {
                     *               "id": 3,
                     *               "value": 100.5,
                     *               "excludedTaxIds": [
                     *                 3910,
                     *                 3979
                     *               ]
                     *             },
                     *             {
                     *               "id": 4,
                     *               "value": 100,
                     *               "excludedTaxIds": []
                     *             },
                     *             {
                     *               "id": 5,
                     *               "value": 0,
                     *               "excludedTaxIds": []
                     *             },
                     *             {
                     *               "id": 1166,
                     *               "value": 0,
                     *               "excludedTaxIds": []
                     *             },
                     *             {
                     *               "id": 2986,
                     *               "value": 50,
                     *               "excludedTaxIds": []
                     *             },
                     *             {
                     *               "id": 6338,
                     *               "value": 0,
                     *               "excludedTaxIds": []
                     *             },
                     *             {
                     *               "id": 17647,
                     *               "value": 0,
                     *               "excludedTaxIds": []
                     *             },
                     *             {
                     *               "id": 17648,
                     *               "value": 0,
                     *               "excludedTaxIds": []
                     *             },
                     *             {
                     *               "id": 17649,
                     *               "value": 0,
                     *               "excludedTaxIds": []
                     *             }
                     *           ],
                     *           "hasSessions": true,
                     *           "spaceId": 1,
                     *           "spaceLayoutId": 2,
                     *           "spaceCustomLayoutName": "C",
                     *           "sortOrder": 0,
                     *           "excludedFromCommissions": false,
                     *           "reduceRoomHireFirst": true,
                     *           "eventTypes": [
                     *             1,
                     *             2,
                     *             3,
                     *             4,
                     *             5,
                     *             6
                     *           ],
                     *           "userGroupIds": [
                     *             1,
                     *             2
                     *           ],
                     *           "hasLimitedStartTimes": true,
                     *           "limitedStartTimes": [
                     *             "02:30:00",
                     *             "03:00:00"
                     *           ],
                     *           "isAccommIncluded": true,
                     *           "discountCampaignId": 59,
                     *           "costcentersDiscounts": [
                     *             {
                     *               "id": 1,
                     *               "value": 18
                     *             },
                     *             {
                     *               "id": 2,
                     *               "value": 18
                     *             },
                     *             {
                     *               "id": 3,
                     *               "value": 18
                     *             },
                     *             {
                     *               "id": 4,
                     *               "value": 18
                     *             },
                     *             {
                     *               "id": 5,
                     *               "value": 18
                     *             },
                     *             {
                     *               "id": 6338,
                     *               "value": 18
                     *             },
                     *             {
                     *               "id": 2986,
                     *               "value": 18
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            name?: string;
                            type?: number;
                            minPax?: number;
                            maxPax?: number;
                            cost?: number;
                            priceMethod?: number;
                            actualCost?: number;
                            actualCostExcludedTaxIds?: number[];
                            smallDescription?: string;
                            largeDescription?: string;
                            marketplaceName?: string;
                            isVisibleOnVenueSearch?: boolean;
                            createdDate?: string;
                            modifiedDate?: string;
                            startDate?: unknown;
                            endDate?: unknown;
                            startTime?: string;
                            endTime?: string;
                            costcenters?: {
                                id?: number;
                                value?: number;
                                excludedTaxIds?: unknown[];
                            }[];
                            hasSessions?: boolean;
                            spaceId?: number;
                            spaceLayoutId?: number;
                            spaceCustomLayoutName?: string;
                            sortOrder?: number;
                            excludedFromCommissions?: boolean;
                            reduceRoomHireFirst?: boolean;
                            eventTypes?: number[];
                            userGroupIds?: number[];
                            hasLimitedStartTimes?: boolean;
                            limitedStartTimes?: string[];
                            isAccommIncluded?: boolean;
                            discountCampaignId?: number;
                            costcentersDiscounts?: {
                                id?: number;
                                value?: number;
                            }[];
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getVenueRatePlanList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getVenueRatePlanList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 2,
                     *         "start": 0,
                     *         "perPage": null,
                     *         "count": 2
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1,
                     *           "name": "Basic Rate Plan",
                     *           "code": "2-1",
                     *           "description": "<p>Basic Room Pan</p> "
                     *         },
                     *         {
                     *           "id": 2,
                     *           "name": "Luxrious Plan",
                     *           "code": "2-2",
                     *           "description": "<p><strong>This is bit good:) here &#160;</strong></p> "
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            name?: string;
                            code?: string;
                            description?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getVenueRoomList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "venueId": 1
                 *     }
                 */
                "application/json": {
                    venueId?: number;
                    perPage?: number;
                    start?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getVenueRoomList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 1,
                     *         "start": 0,
                     *         "perPage": null,
                     *         "count": 1
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1,
                     *           "code": "2-1",
                     *           "name": "Family RoomFamily",
                     *           "description": "(text)",
                     *           "numStandardAdults": 2,
                     *           "numExtraAdults": 1,
                     *           "extraAdultCost": 100,
                     *           "canSmoke": false,
                     *           "capacity": 10,
                     *           "marketplaceName": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            code?: string;
                            name?: string;
                            description?: string;
                            numStandardAdults?: number;
                            numExtraAdults?: number;
                            extraAdultCost?: number;
                            canSmoke?: boolean;
                            capacity?: number;
                            marketplaceName?: unknown;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.getVenueRoomOptionList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    start?: number;
                    perPage?: number;
                    filter?: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description The getVenueRoomOptionList response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "totalResults": 2,
                     *         "start": 0,
                     *         "perPage": 100,
                     *         "count": 2
                     *       },
                     *       "results": [
                     *         {
                     *           "id": 1,
                     *           "venueId": 1,
                     *           "name": "Test Room Option 1",
                     *           "description": "Test Room Option 1",
                     *           "price": 100,
                     *           "priceExcludedTaxIds": [
                     *             1
                     *           ],
                     *           "cost": 100,
                     *           "costExcludedTaxIds": [
                     *             1
                     *           ],
                     *           "costcenterId": null,
                     *           "createdDate": "2018-08-08 12:37:14 UTC",
                     *           "modifiedDate": "2018-08-08 12:37:14 UTC"
                     *         },
                     *         {
                     *           "id": 2,
                     *           "venueId": 1,
                     *           "name": "Test Room Option 2",
                     *           "description": "Test Room Option 2",
                     *           "price": 100,
                     *           "priceExcludedTaxIds": [
                     *             1
                     *           ],
                     *           "cost": 100,
                     *           "costExcludedTaxIds": [
                     *             1
                     *           ],
                     *           "costcenterId": null,
                     *           "createdDate": "2018-08-08 18:21:59 UTC",
                     *           "modifiedDate": "2018-08-08 18:21:59 UTC"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        meta: {
                            /** @description The number of results in the complete collection. */
                            totalResults?: number | null;
                            /** @description The starting index of the collection this result represents. */
                            start?: number | null;
                            /** @description The number of items per page of results. */
                            perPage?: number | null;
                            /** @description The number of objects included in this result. */
                            count?: number | null;
                        };
                        results: {
                            id?: number;
                            venueId?: number;
                            name?: string;
                            description?: string;
                            price?: number;
                            priceExcludedTaxIds?: number[];
                            cost?: number;
                            costExcludedTaxIds?: number[];
                            costcenterId?: unknown;
                            createdDate?: string;
                            modifiedDate?: string;
                        }[];
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.removeBookingAccommodation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                    id?: number;
                };
            };
        };
        responses: {
            /** @description The removeBookingAccommodation response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "errorType": null
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        errorType?: unknown;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.removeBookingRoomReservation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                    id?: number;
                };
            };
        };
        responses: {
            /** @description The removeBookingRoomReservation response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "errorType": null
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        errorType?: unknown;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.removeBookingSession": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The removeBookingSession response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 1234
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.removeBookingSessionBeverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: number;
                    venueId?: number;
                    bookingId?: number;
                    sessionId?: number;
                };
            };
        };
        responses: {
            /** @description The removeBookingSessionBeverage response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 1234
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.removeBookingSessionMenu": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    id?: number;
                    venueId?: number;
                    bookingId?: number;
                    sessionId?: number;
                };
            };
        };
        responses: {
            /** @description The removeBookingSessionMenu response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 1234
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.removeBookingSessionResource": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    bookingId?: number;
                    sessionId?: number;
                    id?: number;
                };
            };
        };
        responses: {
            /** @description The removeBookingSessionResource response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "errorType": null
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        errorType?: unknown;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.removeRoomDynamicRates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    barId?: number;
                    roomId?: number;
                    startDate?: string;
                    endDate?: string;
                };
            };
        };
        responses: {
            /** @description The removeRoomDynamicRates response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.removeSpaceBlockout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    venueId?: number;
                    id?: number;
                };
            };
        };
        responses: {
            /** @description The removeSpaceBlockout response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "errorType": null
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        errorType?: unknown;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.updateBookingRoomReservationGuestContact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 12,
                 *       "firstName": "First Name",
                 *       "lastName": "Last Name",
                 *       "phone": "123456",
                 *       "email": "test@email.com"
                 *     }
                 */
                "application/json": {
                    id?: number;
                    firstName: string;
                    lastName: string;
                    phone: string;
                    email: string;
                };
            };
        };
        responses: {
            /** @description The updateBookingRoomReservationGuestContact response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "id": 8821
                     *     }
                     */
                    "application/json": {
                        success?: boolean;
                        id?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    "venue.uploadBookingDocument": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    venueId: number;
                    bookingId: number;
                    fileId: string;
                    /** @enum {integer} */
                    type: 3 | 4 | 5;
                    /** @enum {integer} */
                    status: 3 | 4 | 5 | 8;
                    canBeDeleted?: number;
                    documentNumber?: number;
                };
            };
        };
        responses: {
            /** @description The uploadBookingDocument response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success?: boolean;
                        id?: unknown;
                        documentNumber?: number;
                        version?: number;
                    };
                };
            };
            /** @description A parameter is missing (23017) or does not validate (23016), or an error specific to the action. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
}
